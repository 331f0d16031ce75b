using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Application.Export;

/// <summary>What the export form offers this person: the two years it can name, and whether SWE's fields apply.</summary>
public sealed record ExportContext(DateOnly Today, DatePeriod LearningYear, DatePeriod RegistrationYear, bool IsRegistered);

/// <summary>What to export: a period, and whether to keep to Social Work England's fields (completed entries only).</summary>
public sealed record ExportRequest(DatePeriod Period, bool SweFields);

/// <summary>The person's record for a period, ready for a CSV file or a printable page.</summary>
public sealed record ExportRecord(string PersonName, DatePeriod Period, bool SweFields, IReadOnlyList<ExportEntry> Entries);

/// <summary>One entry of the record with every field the full export shows.</summary>
public sealed record ExportEntry(
    int ActivityId,
    DateOnly Date,
    DateOnly? EndDate,
    string Method,
    string Title,
    decimal Hours,
    decimal Days,
    ActivityStatus Status,
    bool Certificated,
    string? Description,
    string? WhatLearnt,
    string? Impact,
    string? PeerName,
    string? PeerReflection,
    IReadOnlyList<string> Areas)
{
    public bool IsDraft => Status == ActivityStatus.Draft;
}
