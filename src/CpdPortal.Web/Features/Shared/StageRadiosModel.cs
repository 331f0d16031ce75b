using System.Globalization;
using CpdPortal.Domain.Competence;

namespace CpdPortal.Web.Features.Shared;

/// <summary>
/// The GOV.UK radios for choosing a Dreyfus stage (shared partial _StageRadios): one radio per stage, each with its
/// wording as the hint. <see cref="Name"/> is the form field; the first radio carries it as its id so the error
/// summary's link lands on it.
/// </summary>
public sealed record StageRadiosModel(string Name, string Legend, string? Hint, int? Selected, IReadOnlyList<StageRadio> Stages)
{
    /// <summary>The same question for the shared _Radios partial, which renders every radios question.</summary>
    public RadiosModel AsRadios() => new(
        Name,
        Legend,
        Hint,
        Selected?.ToString(CultureInfo.InvariantCulture),
        Stages.Select(s => new RadioOption(((int)s.Stage).ToString(CultureInfo.InvariantCulture), s.Label, s.Hint)).ToList());
}

public sealed record StageRadio(DreyfusStage Stage, string Label, string Hint);
