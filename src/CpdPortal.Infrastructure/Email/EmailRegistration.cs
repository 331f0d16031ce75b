using CpdPortal.Application.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CpdPortal.Infrastructure.Email;

public static class EmailRegistration
{
    /// <summary>The outbox interceptor and the sender chosen by Email:Provider (docs/adr/0023).</summary>
    public static IServiceCollection AddCpdPortalEmail(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var section = configuration.GetSection(EmailOptions.SectionName);
        services.Configure<EmailOptions>(section);
        services.Configure<EmailSendingOptions>(section.GetSection("Sending"));
        services.AddScoped<EmailOutboxInterceptor>();
        services.Configure<DigestOptions>(section);
        services.AddScoped<EmailDispatchService>();
        services.AddScoped<ReminderService>();
        services.AddScoped<DigestService>();
        services.AddScoped<EmailPreferenceService>();
        services.AddScoped<OutboxAdminService>();
        var options = section.Get<EmailOptions>() ?? new EmailOptions();
        var provider = string.IsNullOrWhiteSpace(options.Provider) ? EmailOptions.Pickup : options.Provider.Trim();
        if (string.Equals(provider, EmailOptions.Pickup, StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IEmailSender>(sp =>
            {
                var o = sp.GetRequiredService<IOptions<EmailOptions>>().Value;
                return new PickupEmailSender(o, Path.GetFullPath(Path.Combine(contentRoot, o.PickupPath)), sp.GetRequiredService<TimeProvider>());
            });
        }
        else if (string.Equals(provider, EmailOptions.Smtp, StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IEmailSender>(sp => new SmtpEmailSender(sp.GetRequiredService<IOptions<EmailOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        }
        else if (string.Equals(provider, EmailOptions.GovukNotify, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(options.Notify.ApiKey))
            {
                throw new ConfigurationException("Email:Provider is GovukNotify but Email:Notify:ApiKey is not set. Set it in the environment (Email__Notify__ApiKey); see docs/guides/administrator.md.");
            }

            services.AddSingleton<IEmailSender>(sp => new GovukNotifyEmailSender(sp.GetRequiredService<IOptions<EmailOptions>>().Value.Notify));
        }
        else
        {
            throw new ConfigurationException($"Email:Provider '{options.Provider}' is not supported. Set it to one of: {string.Join(", ", EmailOptions.Providers)}.");
        }

        return services;
    }
}
