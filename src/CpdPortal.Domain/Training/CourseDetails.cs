using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Training;

/// <summary>
/// What the L&amp;D team writes about a course in the catalogue. Field names match the form's, so each broken rule
/// lands beside its field. Whether the tag and role ids exist is the application's check (it knows the tables).
/// </summary>
public sealed record CourseDetails(
    string? Title,
    string? Summary,
    bool? External,
    string? Provider,
    CourseDelivery? Delivery,
    string? VleLink,
    decimal? Hours,
    bool? Certificated,
    string? CreditsDescription,
    int? Credits,
    IReadOnlyCollection<int> TagIds,
    IReadOnlyCollection<int> TargetRoleIds,
    IReadOnlyCollection<int> MandatoryRoleIds)
{
    public const decimal MaxHours = 500m;
    public const int MaxCredits = 360;
    public const int LinkMaxLength = 300;

    /// <summary>Every rule these details break, worded for the person who typed them. Empty when they can be saved.</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        Text(errors, "Title", Title, FieldLengths.Title, "Enter the course title", "The course title", required: true);
        Text(errors, "Summary", Summary, FieldLengths.LongText, "Enter a summary of the course", "The summary", required: true);

        if (External is null)
        {
            errors.Add(new("External", "Select whether the course is run by the learning academy or an external provider"));
        }
        else if (External.Value)
        {
            Text(errors, "Provider", Provider, FieldLengths.Name, "Enter the name of the external provider", "The provider's name", required: true);
        }

        if (Delivery is null || !Enum.IsDefined(Delivery.Value))
        {
            errors.Add(new("Delivery", "Select how the course is delivered"));
        }
        else if (Delivery == CourseDelivery.ELearning)
        {
            if (string.IsNullOrWhiteSpace(VleLink))
            {
                errors.Add(new("VleLink", "Enter the link to the e-learning course on the VLE"));
            }
            else if (!IsWebAddress(VleLink))
            {
                errors.Add(new("VleLink", "Enter the VLE link as a web address starting https://"));
            }
        }
        else if (!string.IsNullOrWhiteSpace(VleLink) && !IsWebAddress(VleLink))
        {
            errors.Add(new("VleLink", "Enter the VLE link as a web address starting https://"));
        }

        if (Hours is null)
        {
            errors.Add(new("Hours", "Enter the length of the course in hours"));
        }
        else if (Hours <= 0)
        {
            errors.Add(new("Hours", "The length of the course must be more than 0 hours"));
        }
        else if (Hours > MaxHours)
        {
            errors.Add(new("Hours", $"The length of the course must be {MaxHours:0} hours or fewer"));
        }
        else if (decimal.Round(Hours.Value, 2) != Hours.Value)
        {
            errors.Add(new("Hours", "Enter hours to no more than 2 decimal places, like 7.4"));
        }

        if (Certificated is null)
        {
            errors.Add(new("Certificated", "Select yes if the course gives a certificate"));
        }

        Text(errors, "CreditsDescription", CreditsDescription, FieldLengths.ShortText, string.Empty, "The qualification", required: false);
        if (Credits is { } credits && (credits < 1 || credits > MaxCredits))
        {
            errors.Add(new("Credits", $"The number of credits must be between 1 and {MaxCredits}"));
        }
        else if (Credits is not null && string.IsNullOrWhiteSpace(CreditsDescription))
        {
            errors.Add(new("CreditsDescription", "Enter the qualification the credits count towards"));
        }

        if (MandatoryRoleIds.Except(TargetRoleIds).Any())
        {
            errors.Add(new("MandatoryRoleIds", "A course can only be mandatory for roles it is for: select those roles under 'Who is it for?' too"));
        }

        return errors;
    }

    /// <summary>An absolute https address (a VLE link is opened by staff, so nothing else is accepted).</summary>
    public static bool IsWebAddress(string? value) =>
        value is { Length: <= LinkMaxLength }
        && Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && !string.IsNullOrEmpty(uri.Host);

    private static void Text(List<FieldError> errors, string field, string? value, int max, string requiredMessage, string name, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new(field, requiredMessage));
            }
        }
        else if (value.Trim().Length > max)
        {
            errors.Add(new(field, $"{name} must be {max} characters or fewer"));
        }
    }
}
