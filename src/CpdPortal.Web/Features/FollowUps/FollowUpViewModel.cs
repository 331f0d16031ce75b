using CpdPortal.Application.Supervision;
using CpdPortal.Domain.Training;
using CpdPortal.Web.Features.Shared;

namespace CpdPortal.Web.Features.FollowUps;

/// <summary>A follow-up and the supervisor's answer form.</summary>
public sealed class FollowUpViewModel
{
    public FollowUpView? FollowUp { get; set; }

    /// <summary>The radio's value as posted: Yes, Partly or No (anything else counts as none chosen).</summary>
    public string? Outcome { get; set; }

    public string? Comment { get; set; }

    public PracticeChange? ParsedOutcome() =>
        Enum.TryParse<PracticeChange>(Outcome, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(Outcome, out _) ? parsed : null;

    public RadiosModel OutcomeRadios() => new(
        nameof(Outcome),
        "Has their practice changed because of the course?",
        "Think of what you have seen in supervision, case records and feedback since the course.",
        Outcome,
        [
            new RadioOption(nameof(PracticeChange.Yes), "Yes"),
            new RadioOption(nameof(PracticeChange.Partly), "Partly"),
            new RadioOption(nameof(PracticeChange.No), "No"),
        ]);
}
