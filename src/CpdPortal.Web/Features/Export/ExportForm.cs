using System.Globalization;
using CpdPortal.Application.Export;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Settings;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Features.Export;

/// <summary>
/// The export form as typed (a GET form: it changes nothing). Every value is a string so a tampered query string
/// gives a GOV.UK message, never a model-binding error.
/// </summary>
public sealed class ExportForm
{
    public const string LearningYear = "learning-year";
    public const string RegistrationYear = "registration-year";
    public const string Custom = "custom";
    public const string Csv = "csv";
    public const string Print = "print";

    public string? Period { get; set; }

    public DateInput From { get; set; } = new();

    public DateInput To { get; set; } = new();

    public string? Format { get; set; }

    /// <summary>"true" when "Use Social Work England's fields" is ticked.</summary>
    public string? SweFields { get; set; }

    /// <summary>What the form offers this person; set by the controller, never bound.</summary>
    [BindNever]
    public ExportContext? Context { get; set; }

    public bool UseSweFields => string.Equals(SweFields, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The query string of the printable page for the same choice (the format is not needed there).</summary>
    public Dictionary<string, string?> PrintQuery()
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal) { [nameof(Period)] = Period };
        if (Period == Custom)
        {
            query["From.Day"] = From.Day;
            query["From.Month"] = From.Month;
            query["From.Year"] = From.Year;
            query["To.Day"] = To.Day;
            query["To.Month"] = To.Month;
            query["To.Year"] = To.Year;
        }

        if (UseSweFields)
        {
            query[nameof(SweFields)] = "true";
        }

        return query;
    }
}

/// <summary>A valid choice: what to export and how.</summary>
public sealed record ExportChoice(ExportRequest Request, string Format);

/// <summary>Turns the typed form into a period and a format, or the GOV.UK messages for what is wrong.</summary>
public static class ExportChoices
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// The chosen period and format, or every error. Social Work England's fields apply only to registered social
    /// workers: for anyone else the option is ignored. <paramref name="requireFormat"/> is false for the printable
    /// page, which is itself the format.
    /// </summary>
    public static (ExportChoice? Choice, IReadOnlyList<FieldError> Errors) Resolve(ExportForm form, ExportContext context, bool requireFormat = true)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(context);
        var errors = new List<FieldError>();
        var period = ChoosePeriod(form, context, errors);

        var format = requireFormat ? form.Format : ExportForm.Print;
        if (format is not (ExportForm.Csv or ExportForm.Print))
        {
            errors.Add(new(nameof(ExportForm.Format), "Select a format: a CSV file or a printable page"));
        }

        if (errors.Count > 0 || period is null)
        {
            return (null, errors);
        }

        return (new ExportChoice(new ExportRequest(period.Value, form.UseSweFields && context.IsRegistered), format!), errors);
    }

    private static DatePeriod? ChoosePeriod(ExportForm form, ExportContext context, List<FieldError> errors)
    {
        switch (form.Period)
        {
            case ExportForm.LearningYear:
                return context.LearningYear;
            case ExportForm.RegistrationYear:
                return context.RegistrationYear;
            case ExportForm.Custom:
                break;
            default:
                errors.Add(new(nameof(ExportForm.Period), "Select the period to export"));
                return null;
        }

        var (from, fromError) = form.From.Parse("the start date");
        var (to, toError) = form.To.Parse("the end date");
        if (fromError is not null)
        {
            errors.Add(new(nameof(ExportForm.From), fromError));
        }

        if (toError is not null)
        {
            errors.Add(new(nameof(ExportForm.To), toError));
        }

        if (from is not { } start || to is not { } end)
        {
            return null;
        }

        if (end < start)
        {
            errors.Add(new(nameof(ExportForm.To), "The end date must be the same as or after the start date"));
            return null;
        }

        var latestEnd = start.AddYears(ExportService.MaxYears).AddDays(-1);
        if (end > latestEnd)
        {
            errors.Add(new(nameof(ExportForm.To), $"The period can be at most {ExportService.MaxYears} years: enter an end date on or before {latestEnd.ToString("d MMMM yyyy", EnGb)}"));
            return null;
        }

        return new DatePeriod(start, end);
    }
}
