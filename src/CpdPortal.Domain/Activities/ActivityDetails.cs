using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Activities;

/// <summary>What a practitioner writes about one piece of CPD. Field names match the form's.</summary>
public sealed record ActivityDetails(
    int MethodId,
    string? Title,
    DateOnly? Date,
    DateOnly? EndDate,
    decimal? Hours,
    string? Description,
    string? WhatLearnt,
    string? Impact,
    string? PeerName,
    string? PeerReflection,
    bool Certificated,
    ActivityStatus Status,
    IReadOnlyCollection<int> AreaIds)
{
    public const int MaxDays = 10;
    public const decimal MaxHoursPerDay = 24m;

    /// <summary>Every rule this entry breaks, worded for the person who typed it. Empty when it can be saved.</summary>
    public IReadOnlyList<FieldError> Validate(DateOnly today)
    {
        var errors = new List<FieldError>();
        var complete = Status == ActivityStatus.Complete;

        if (MethodId <= 0)
        {
            errors.Add(new("MethodId", "Select how you learnt"));
        }

        Text(errors, "Title", Title, FieldLengths.Title, "Enter a title for the activity", required: true);

        if (Date is null)
        {
            errors.Add(new("Date", "Enter the date of the activity"));
        }
        else
        {
            if (complete && Date > today)
            {
                errors.Add(new("Date", "The date of a completed activity must be today or in the past"));
            }

            if (EndDate is { } end)
            {
                if (end < Date)
                {
                    errors.Add(new("EndDate", "The end date must be the same as or after the start date"));
                }
                else if (end.DayNumber - Date.Value.DayNumber + 1 > MaxDays)
                {
                    errors.Add(new("EndDate", $"An activity can last at most {MaxDays} days: record longer learning as separate entries"));
                }
                else if (complete && end > today)
                {
                    errors.Add(new("EndDate", "The end date of a completed activity must be today or in the past"));
                }
            }
        }

        if (Hours is null)
        {
            errors.Add(new("Hours", "Enter how many hours the activity took"));
        }
        else if (Hours <= 0)
        {
            errors.Add(new("Hours", "The number of hours must be more than 0"));
        }
        else if (Hours > MaxHoursPerDay * Days)
        {
            errors.Add(new("Hours", Days == 1
                ? "The number of hours must be 24 or fewer for one day"
                : $"The number of hours must be {MaxHoursPerDay * Days:0} or fewer for {Days} days"));
        }
        else if (decimal.Round(Hours.Value, 2) != Hours.Value)
        {
            errors.Add(new("Hours", "Enter hours to no more than 2 decimal places, like 1.5"));
        }

        Text(errors, "Description", Description, FieldLengths.LongText, "Describe the activity and why it is relevant to your practice", complete);
        Text(errors, "WhatLearnt", WhatLearnt, FieldLengths.LongText, "Enter what you learnt", complete);
        Text(errors, "Impact", Impact, FieldLengths.LongText, "Enter the impact on your practice and on children and families", complete);
        Text(errors, "PeerName", PeerName, FieldLengths.Name, string.Empty, required: false);
        Text(errors, "PeerReflection", PeerReflection, FieldLengths.LongText, string.Empty, required: false);
        if (!string.IsNullOrWhiteSpace(PeerName) && string.IsNullOrWhiteSpace(PeerReflection))
        {
            errors.Add(new("PeerReflection", "Enter what you learnt from discussing it with your peer, or remove who you discussed it with"));
        }

        return errors;
    }

    /// <summary>Days the activity spans (1 for a single day).</summary>
    public int Days => Date is { } start && EndDate is { } end && end >= start ? end.DayNumber - start.DayNumber + 1 : 1;

    private static void Text(List<FieldError> errors, string field, string? value, int max, string requiredMessage, bool required)
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
            errors.Add(new(field, $"{FieldNames.Describe(field)} must be {max} characters or fewer"));
        }
    }

    private static class FieldNames
    {
        public static string Describe(string field) => field switch
        {
            "Title" => "The title",
            "Description" => "The description",
            "WhatLearnt" => "What you learnt",
            "Impact" => "The impact",
            "PeerName" => "Who you discussed it with",
            "PeerReflection" => "The peer reflection",
            _ => field,
        };
    }
}
