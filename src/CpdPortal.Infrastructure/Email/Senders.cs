using System.Globalization;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using CpdPortal.Application.Notifications;
using CpdPortal.Domain.Notifications;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Notify.Client;
using Notify.Exceptions;

namespace CpdPortal.Infrastructure.Email;

/// <summary>Builds the MIME message that Smtp sends and Pickup writes: plain text, and the .ics as text/calendar.</summary>
public static class EmailMessages
{
    public static MimeMessage Build(EmailToSend email, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(options);
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        if (!MailboxAddress.TryParse(email.ToAddress, out var to))
        {
            throw new EmailDeliveryException("The email address on the staff record is not valid", permanent: true);
        }

        to.Name = email.ToName;
        message.To.Add(to);
        message.Subject = email.Subject;
        var domain = options.FromAddress.Contains('@', StringComparison.Ordinal) ? options.FromAddress[(options.FromAddress.IndexOf('@', StringComparison.Ordinal) + 1)..] : "cpdportal";

        // The outbox row's idempotency key: a resend after a crash carries the same Message-ID, which mail systems de-duplicate.
        message.MessageId = $"{email.IdempotencyKey}@{domain}";
        var text = new TextPart("plain") { Text = email.Body };
        if (email.Calendar is null)
        {
            message.Body = text;
            return message;
        }

        var method = email.Kind == NotificationKind.BookingCancelled ? "CANCEL" : "REQUEST";
        var calendar = new TextPart("calendar") { Text = email.Calendar, FileName = "invitation.ics" };
        calendar.ContentType.Parameters.Add("method", method);
        message.Body = new Multipart("mixed") { text, calendar };
        return message;
    }
}

/// <summary>Email:Provider = Pickup: writes each email as an .eml file (named by its idempotency key) for a person to read.</summary>
public sealed class PickupEmailSender(EmailOptions options, string folder, TimeProvider clock) : IEmailSender
{
    public string Name => EmailOptions.Pickup;

    public string Folder => folder;

    public async Task SendAsync(EmailToSend email, CancellationToken ct)
    {
        var message = EmailMessages.Build(email, options);
        message.Date = clock.GetUtcNow();
        try
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"{email.IdempotencyKey}.eml");
            var temporary = path + ".tmp";
            await message.WriteToAsync(temporary, ct);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new EmailDeliveryException($"The pickup folder could not be written: {ex.Message}", permanent: false, ex);
        }
    }
}

/// <summary>Email:Provider = Smtp (MailKit). A 5xx refusal of the recipient is permanent; anything else is tried again.</summary>
public sealed class SmtpEmailSender(EmailOptions options, TimeProvider clock) : IEmailSender
{
    public string Name => EmailOptions.Smtp;

    public async Task SendAsync(EmailToSend email, CancellationToken ct)
    {
        var message = EmailMessages.Build(email, options);
        message.Date = clock.GetUtcNow();
        var smtp = options.SmtpServer;
        using var client = new SmtpClient { Timeout = (int)Math.Clamp(smtp.Timeout.TotalMilliseconds, 1000, int.MaxValue) };
        try
        {
            var security = Enum.TryParse<SecureSocketOptions>(smtp.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.StartTlsWhenAvailable;
            await client.ConnectAsync(smtp.Host, smtp.Port, security, ct);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, ct);
            }

            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (SmtpCommandException ex)
        {
            var code = (int)ex.StatusCode;
            var permanent = code >= 500 && ex.ErrorCode == SmtpErrorCode.RecipientNotAccepted;
            throw new EmailDeliveryException(string.Create(CultureInfo.InvariantCulture, $"The SMTP server refused the email ({code}): {ex.Message}"), permanent, ex);
        }
        catch (AuthenticationException ex)
        {
            throw new EmailDeliveryException($"The SMTP server refused the sign-in: {ex.Message}", permanent: false, ex);
        }
        catch (Exception ex) when (ex is SmtpProtocolException or ServiceNotConnectedException or SocketException or IOException or TimeoutException
            or OperationCanceledException && !ct.IsCancellationRequested)
        {
            throw new EmailDeliveryException($"The SMTP server could not be reached or did not answer in time: {ex.Message}", permanent: false, ex);
        }
    }
}

/// <summary>
/// Email:Provider = GovukNotify. Each kind uses its template id from configuration (else the default template) with
/// the personalisation fields given_name, subject, body and link; the idempotency key is Notify's reference. Notify
/// cannot attach a calendar file, so its emails carry the link instead (docs/adr/0023).
/// </summary>
public sealed partial class GovukNotifyEmailSender(NotifySettings settings) : IEmailSender
{
    public string Name => EmailOptions.GovukNotify;

    public async Task SendAsync(EmailToSend email, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(email);
        var template = settings.TemplateIds.GetValueOrDefault(email.Kind.ToString()) ?? settings.DefaultTemplateId;
        if (string.IsNullOrWhiteSpace(template))
        {
            throw new EmailDeliveryException($"No GOV.UK Notify template is set for {email.Kind} (Email:Notify:TemplateIds or DefaultTemplateId)", permanent: false);
        }

        var personalisation = new Dictionary<string, dynamic>
        {
            ["given_name"] = email.GivenName,
            ["subject"] = email.Subject,
            ["body"] = email.Body,
            ["link"] = email.LinkUrl,
        };
        try
        {
            var client = new NotificationClient(settings.BaseUrl, settings.ApiKey ?? string.Empty);
            await client.SendEmailAsync(email.ToAddress, template, personalisation, email.IdempotencyKey, settings.ReplyToId);
        }
        catch (NotifyClientException ex)
        {
            var status = StatusCode().Match(ex.Message) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

            // 400: Notify will never take this email as it is (a bad address, a missing field); 403: the key is wrong,
            // which an administrator must fix, so it is tried again meanwhile; 429 and 5xx are tried again.
            throw new EmailDeliveryException($"GOV.UK Notify refused the email: {ex.Message}", permanent: status == 400, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            throw new EmailDeliveryException($"GOV.UK Notify could not be reached: {ex.Message}", permanent: false, ex);
        }
    }

    [GeneratedRegex(@"Status code (\d{3})", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StatusCode();
}
