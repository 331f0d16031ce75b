using CpdPortal.Application.Competence;
using CpdPortal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Features.Assessment;

/// <summary>The self-assessment page: the area (not bound) and the form's two fields as typed.</summary>
public sealed class SelfAssessmentViewModel
{
    [BindNever]
    public AreaAssessment? Area { get; set; }

    /// <summary>The chosen stage, 1 (novice) to 5 (expert).</summary>
    public int? Stage { get; set; }

    public string? Evidence { get; set; }

    public StageRadiosModel StageRadios() => new(
        nameof(Stage),
        "Which stage best describes your practice in this area now?",
        "Each stage is described as it looks in this area.",
        Stage,
        Area!.Stages.Select(s => new StageRadio(s.Stage, s.Name, s.Wording)).ToList());
}
