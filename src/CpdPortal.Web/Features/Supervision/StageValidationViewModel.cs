using CpdPortal.Application.Supervision;
using CpdPortal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Features.Supervision;

/// <summary>The stage validation page: the area and self-assessment (not bound), and the form as typed.</summary>
public sealed class StageValidationViewModel
{
    [BindNever]
    public StageValidationPage? Page { get; set; }

    /// <summary>Which self-assessment the supervisor read (so a newer one is not validated unseen).</summary>
    public int AssessmentId { get; set; }

    /// <summary>The agreed stage, 1 (novice) to 5 (expert).</summary>
    public int? Stage { get; set; }

    public string? Reason { get; set; }

    public StageRadiosModel StageRadios() => new(
        nameof(Stage),
        "Which stage do you agree with?",
        "Their own choice is selected. If you choose a different stage, say why.",
        Stage,
        Page!.Area.Stages.Select(s => new StageRadio(s.Stage, s.Name, s.Wording)).ToList());
}
