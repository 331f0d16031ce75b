using CpdPortal.Application.Common;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Application.Activities;

/// <summary>What the practitioner asked the list for, as typed: any value may be missing or unknown.</summary>
public sealed record ActivityListQuery(int? Year, int? MethodId, int? AreaId, int? Page);

/// <summary>The filters actually applied, after unknown values were dropped. Year is the learning year's start year.</summary>
public sealed record ActivityFilter(int Year, int? MethodId, int? AreaId);

/// <summary>The practitioner's CPD list: filters, one page of entries, totals of the filtered set and the entitlement.</summary>
public sealed record ActivityList(
    ActivityFilter Filter,
    IReadOnlyList<DatePeriod> Years,
    IReadOnlyList<NamedOption> Methods,
    IReadOnlyList<FrameworkOption> Frameworks,
    PagedResult<ActivityRow> Page,
    ActivityTotals Totals,
    EntitlementPanel Entitlement);

public sealed record NamedOption(int Id, string Name);

/// <summary>A competence framework that applies to the person, with its areas in order.</summary>
public sealed record FrameworkOption(int Id, string Name, IReadOnlyList<NamedOption> Areas);

public sealed record ActivityRow(
    int Id,
    DateOnly Date,
    DateOnly? EndDate,
    string Title,
    string MethodName,
    decimal Hours,
    decimal Days,
    ActivityStatus Status,
    bool Certificated);

public sealed record ActivityTotals(int Entries, decimal Hours, decimal Days);

/// <summary>The training entitlement for one learning year, ready to show.</summary>
public sealed record EntitlementPanel(
    DatePeriod Year,
    decimal AllowanceDays,
    decimal DaysUsed,
    decimal CertificatedDays,
    decimal OtherDays,
    decimal RemainingDays,
    int PercentUsed,
    IReadOnlyList<CountedActivity> Counted)
{
    /// <summary>PercentUsed rounded down to a step of 5, for the bar's width class.</summary>
    public int BarStep => PercentUsed / 5 * 5;

    /// <summary>Why the allowance is less than the council's full one (pro rata, docs/adr/0025); null when it is the full one.</summary>
    public string? AllowanceBasis { get; init; }
}

public sealed record CountedActivity(int Id, string Title, DateOnly Date, decimal Days, bool Certificated);

/// <summary>What the activity form offers: the active methods, the person's own frameworks and areas, and the working day.</summary>
public sealed record ActivityFormOptions(IReadOnlyList<NamedOption> Methods, IReadOnlyList<FrameworkOption> Frameworks, decimal WorkingDayHours);

/// <summary>One activity as its owner sees it.</summary>
public sealed record ActivityDetail(
    int Id,
    string MethodName,
    string Title,
    DateOnly Date,
    DateOnly? EndDate,
    decimal Hours,
    decimal Days,
    string? Description,
    string? WhatLearnt,
    string? Impact,
    string? PeerName,
    string? PeerReflection,
    bool Certificated,
    ActivityStatus Status,
    bool FromCourse,
    IReadOnlyList<string> Areas,
    IReadOnlyList<EvidenceRow> Evidence,
    EvidenceAllowance Allowance);

public sealed record EvidenceRow(int Id, string Name, string ContentType, long SizeBytes, DateTimeOffset UploadedAt);

/// <summary>The evidence limits from the settings and how much of the person's storage is used.</summary>
public sealed record EvidenceAllowance(int FileMaxMegabytes, int PersonMaxMegabytes, long UsedBytes);

/// <summary>An uploaded file: its name as the browser sent it, its length, and a way to read it (more than once).</summary>
public sealed record EvidenceUpload(string? FileName, long Length, Func<Stream> OpenRead);

/// <summary>An evidence file to send back to its owner.</summary>
public sealed record EvidenceDownload(Stream Content, string ContentType, string FileName);
