using CpdPortal.Application.Supervision;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Features.PlanReview;

/// <summary>The plan review page: the plan (not bound) and the decision as typed. Declared in form order.</summary>
public sealed class PlanReviewViewModel
{
    [BindNever]
    public PlanForReview? Review { get; set; }

    /// <summary>The plan's version when the page was read: a decision on a plan changed since is refused.</summary>
    public int Version { get; set; }

    /// <summary>"Approve" or "RequestChanges".</summary>
    public string? Decision { get; set; }

    public string? Comment { get; set; }
}
