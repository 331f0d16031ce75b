using System.Globalization;
using System.Security.Claims;
using CpdPortal.Application.Common;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Infrastructure;

/// <summary>
/// The hidden form instance id of a create form (docs/adr/0017-one-record-per-form-submission.md): rendered fresh by
/// <c>&lt;form-instance-id /&gt;</c> each time the form is shown, and read back here from the post. A missing or
/// malformed id is no error: the post is saved as an ordinary create.
/// </summary>
public static class FormInstanceId
{
    public const string FieldName = "FormInstanceId";

    /// <summary>A new id to render into a form.</summary>
    public static string NewValue() => Guid.NewGuid().ToString("D", CultureInfo.InvariantCulture);

    /// <summary>The posted id when it is a GUID written as the tag helper writes it, and not the empty GUID; otherwise null.</summary>
    public static Guid? Parse(string? value) =>
        Guid.TryParseExact(value?.Trim(), "D", out var id) && id != Guid.Empty ? id : null;

    /// <summary>The form instance of this post and the signed-in account; null when the post carries no usable id.</summary>
    public static async Task<FormInstance?> PostedFormInstanceAsync(this ControllerBase controller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(controller);
        var request = controller.Request;
        if (!request.HasFormContentType)
        {
            return null;
        }

        var form = await request.ReadFormAsync(ct);
        var account = controller.User.FindFirstValue(ClaimTypes.NameIdentifier);
        return Parse(form[FieldName].ToString()) is { } id && !string.IsNullOrEmpty(account) ? new FormInstance(id, account) : null;
    }
}
