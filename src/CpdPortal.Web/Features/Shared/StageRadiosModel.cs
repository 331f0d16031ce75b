using CpdPortal.Domain.Competence;

namespace CpdPortal.Web.Features.Shared;

/// <summary>
/// The GOV.UK radios for choosing a Dreyfus stage (shared partial _StageRadios): one radio per stage, each with its
/// wording as the hint. <see cref="Name"/> is the form field; the first radio carries it as its id so the error
/// summary's link lands on it.
/// </summary>
public sealed record StageRadiosModel(string Name, string Legend, string? Hint, int? Selected, IReadOnlyList<StageRadio> Stages);

public sealed record StageRadio(DreyfusStage Stage, string Label, string Hint);
