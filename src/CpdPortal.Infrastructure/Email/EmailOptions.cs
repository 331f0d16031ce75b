namespace CpdPortal.Infrastructure.Email;

/// <summary>Section "Email": which provider sends the outbox and its settings. Secrets come from configuration or the environment only.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";
    public const string Pickup = "Pickup";
    public const string Smtp = "Smtp";
    public const string GovukNotify = "GovukNotify";

    public static readonly IReadOnlyList<string> Providers = [Pickup, Smtp, GovukNotify];

    /// <summary>Pickup (default: .eml files in <see cref="PickupPath"/>), Smtp or GovukNotify.</summary>
    public string Provider { get; set; } = Pickup;

    /// <summary>The sender address (Pickup and Smtp; Notify uses the service's own).</summary>
    public string FromAddress { get; set; } = "cpd-portal@council.example";

    public string FromName { get; set; } = "CPD portal";

    /// <summary>How emails name the service, e.g. "Demo Council CPD portal".</summary>
    public string ServiceName { get; set; } = "CPD portal";

    /// <summary>The folder for .eml files, relative to the content root.</summary>
    public string PickupPath { get; set; } = "App_Data/mail";

    public SmtpSettings SmtpServer { get; set; } = new();

    public NotifySettings Notify { get; set; } = new();
}

/// <summary>Section "Email:SmtpServer".</summary>
public sealed class SmtpSettings
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    /// <summary>None, Auto, StartTls, StartTlsWhenAvailable or SslOnConnect (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "StartTlsWhenAvailable";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>Section "Email:Notify" (GOV.UK Notify).</summary>
public sealed class NotifySettings
{
    /// <summary>The API key from GOV.UK Notify: set it in the environment (Email__Notify__ApiKey), never in a committed file.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Notify's API address; tests point it at a fake.</summary>
    public string BaseUrl { get; set; } = "https://api.notifications.service.gov.uk/";

    /// <summary>The template used for any kind without its own (it takes the personalisation fields subject, body and link).</summary>
    public string? DefaultTemplateId { get; set; }

    /// <summary>A Notify template id per notice kind (e.g. "BookingConfirmed"), if a council wants its own wording.</summary>
    public Dictionary<string, string> TemplateIds { get; set; } = [];

    public string? ReplyToId { get; set; }
}
