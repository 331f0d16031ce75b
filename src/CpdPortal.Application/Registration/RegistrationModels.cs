using CpdPortal.Application.Common;
using CpdPortal.Domain.Registration;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Application.Registration;

/// <summary>
/// The registration page: null parts for someone who is not a registered social worker (the page then explains
/// that the rule does not apply to them).
/// </summary>
public sealed record RegistrationOverview(bool IsRegistered, RegistrationStatus? Status, PagedResult<RegistrationEntrySummary>? Entries, int DraftsInYear = 0);

/// <summary>
/// One completed entry of the registration year, as the list shows it: whether it counts, and if not, what is missing
/// (Social Work England's criteria, RegistrationCriteria).
/// </summary>
public sealed record RegistrationEntrySummary(int ActivityId, string Title, DateOnly Date, string Method, bool HasPeerReflection)
{
    public bool Counts { get; init; } = true;

    public IReadOnlyList<string> Missing { get; init; } = [];
}

/// <summary>One entry's criteria as its detail page shows them; the year is the registration year counted now.</summary>
public sealed record EntryCriteriaView(DatePeriod Year, EntryAssessment Assessment);

/// <summary>One completed entry in Social Work England's fields, in the order its online form asks for them.</summary>
public sealed record SweEntry(
    int ActivityId,
    string Title,
    string TypeOfCpd,
    string? DescriptionAndRelevance,
    DateOnly Date,
    string? WhatLearnt,
    string? Impact,
    string? PeerName,
    string? PeerReflection)
{
    /// <summary>The peer reflection with who it was discussed with, as one piece of text to copy.</summary>
    public string? PeerReflectionText => SweFields.PeerReflection(PeerName, PeerReflection);
}

/// <summary>Social Work England's field labels, shared by the entry page, the printable page and the CSV export.</summary>
public static class SweFields
{
    public const string TypeOfCpd = "Type of CPD";
    public const string Description = "Short description and relevance";
    public const string Date = "Date";
    public const string WhatLearnt = "What did you learn?";
    public const string Impact = "Impact on your practice and on people who use services";
    public const string PeerReflectionLabel = "Peer reflection";

    /// <summary>The six labels in the order Social Work England's form asks for them.</summary>
    public static IReadOnlyList<string> Labels { get; } = [TypeOfCpd, Description, Date, WhatLearnt, Impact, PeerReflectionLabel];

    /// <summary>"Peer: (who). (reflection)", or the reflection alone when nobody is named; null when there is none.</summary>
    public static string? PeerReflection(string? peerName, string? reflection)
    {
        if (string.IsNullOrWhiteSpace(reflection))
        {
            return null;
        }

        return string.IsNullOrWhiteSpace(peerName) ? reflection : $"Peer: {peerName}. {reflection}";
    }
}
