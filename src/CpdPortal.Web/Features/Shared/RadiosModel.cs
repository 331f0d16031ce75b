namespace CpdPortal.Web.Features.Shared;

/// <summary>
/// A GOV.UK radios question (shared partial _Radios): a legend, an optional hint, one radio per option (each with an
/// optional hint) and the option chosen. <see cref="Name"/> is the form field; the first radio carries it as its id
/// so the error summary's link lands on it.
/// </summary>
public sealed record RadiosModel(string Name, string Legend, string? Hint, string? Selected, IReadOnlyList<RadioOption> Options, bool Inline = false, string LegendClass = "govuk-fieldset__legend--m");

public sealed record RadioOption(string Value, string Label, string? Hint = null);
