using CpdPortal.Application.ReflectionQuality;
using CpdPortal.Domain.ReflectionQuality;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Shared;

/// <summary>One free-text field to check: its form name, its label as the form shows it, and what was typed.</summary>
public sealed record CheckedField(string Field, string Label, string? Text);

/// <summary>
/// What the identifying-details check found on a posted form (docs/adr/0027), for the form's warnings and the
/// confirmation box. Kept in ViewData so that every form shows it with the same two partials.
/// </summary>
public sealed class IdentifyingDetailsWarnings(IReadOnlyList<FieldFindings> findings, bool confirmed)
{
    /// <summary>The checkbox's name and id: "I have checked: none of this identifies a child, family or colleague".</summary>
    public const string ConfirmField = "IdentifyingDetailsChecked";

    public const string ViewDataKey = nameof(IdentifyingDetailsWarnings);

    /// <summary>At most this many parts are quoted beside one field; the rest are counted.</summary>
    public const int QuotedMax = 8;

    public IReadOnlyList<FieldFindings> Findings { get; } = findings;

    /// <summary>The writer ticked the box on this post.</summary>
    public bool Confirmed { get; } = confirmed;

    /// <summary>Something was found and not confirmed: the form must not be saved.</summary>
    public bool Blocks => Findings.Count > 0 && !Confirmed;

    /// <summary>Something was found and confirmed: save it with the record.</summary>
    public bool NeedsRecording => Findings.Count > 0 && Confirmed;

    /// <summary>What the service saves with the record, in the same transaction; null when nothing needs recording.</summary>
    public ConfirmedFindings? ToSave => NeedsRecording ? new ConfirmedFindings(Findings) : null;

    /// <summary>The id of the warning beside a field (the error summary links to it).</summary>
    public static string WarningId(string field) => field.Replace('[', '_').Replace(']', '_').Replace('.', '_') + "-identifying";

    public IReadOnlyList<IdentifyingDetail> For(string field) =>
        Findings.FirstOrDefault(f => string.Equals(f.Field, field, StringComparison.Ordinal))?.Found ?? [];

    /// <summary>"“SW1A 1AA” looks like a postcode": the part found, shortened if very long, and what it looks like.</summary>
    public static string Describe(IdentifyingDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var text = detail.Text.Length > 60 ? detail.Text[..60] + "\u2026" : detail.Text;
        return $"\u201c{text}\u201d looks like {detail.Description}";
    }
}

public static class IdentifyingDetailsControllerExtensions
{
    /// <summary>
    /// Runs the check over the posted fields and keeps the result for the view. When something was found and the
    /// writer has not ticked the box, each field with a finding gets an entry in the error summary (linking to its
    /// warning), so the form is not valid and nothing is saved.
    /// </summary>
    public static async Task<IdentifyingDetailsWarnings> CheckIdentifyingDetailsAsync(
        this Controller controller, IdentifyingDetailsCheck check, IEnumerable<CheckedField> fields, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(check);
        var list = fields.ToList();
        var findings = await check.FindAsync(list.Select(f => (f.Field, f.Text)), ct);
        var confirmed = controller.Request.HasFormContentType
            && string.Equals(controller.Request.Form[IdentifyingDetailsWarnings.ConfirmField], "true", StringComparison.Ordinal);
        var warnings = new IdentifyingDetailsWarnings(findings, confirmed);
        controller.ViewData[IdentifyingDetailsWarnings.ViewDataKey] = warnings;
        if (warnings.Blocks)
        {
            foreach (var found in findings)
            {
                var label = list.First(f => f.Field == found.Field).Label;
                var what = found.Found.Count == 1 ? IdentifyingDetailsWarnings.Describe(found.Found[0]) : $"{found.Found.Count} parts look like identifying details";
                controller.ModelState.AddModelError(
                    IdentifyingDetailsWarnings.WarningId(found.Field),
                    $"{label}: {what}. Edit it, or confirm it does not identify anyone");
            }
        }

        return warnings;
    }
}
