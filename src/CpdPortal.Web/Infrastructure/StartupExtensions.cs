using System.Globalization;
using CpdPortal.Application;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Infrastructure;
using CpdPortal.Infrastructure.Files;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.Infrastructure.Seeding;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure.Jobs;
using CpdPortal.Web.Infrastructure.Logging;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;

namespace CpdPortal.Web.Infrastructure;

public static class StartupExtensions
{
    public const string SignInPath = "/account/sign-in";

    /// <summary>Registers every service the portal needs.</summary>
    public static WebApplicationBuilder AddCpdPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSingleton(TimeProvider.System);
        services.Configure<CouncilOptions>(configuration.GetSection(CouncilOptions.SectionName));

        services.AddCpdPortalApplication();
        services.AddCpdPortalInfrastructure(configuration, builder.Environment.ContentRootPath);
        if (builder.Environment.IsProduction() && configuration[$"{SeedOptions.SectionName}:{nameof(SeedOptions.Enabled)}"] is null)
        {
            // Demo data goes into a production database only when explicitly asked for.
            services.PostConfigure<SeedOptions>(o => o.Enabled = false);
        }

        services.AddIdentity<ApplicationUser, IdentityRole>(DependencyInjection.ConfigurePasswordAndLockout)
            .AddCpdPortalIdentityStores()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddSignInManager<PortalSignInManager>()
            .AddDefaultTokenProviders();

        // A changed security stamp (new password, roles changed, account locked) ends other sessions within a
        // minute, not at the cookie's expiry; PortalSignInManager also refuses leavers and locked accounts there.
        // Both the cookie's issue time and the stamp check read the injected clock, so the interval is measured on one clock.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, clock) =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.TimeProvider = clock;
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TimeProvider>((o, clock) => o.TimeProvider = clock);

        services.ConfigureApplicationCookie(o =>
        {
            // __Host-, Secure and HttpOnly everywhere; the idle time (Sessions:IdleTimeout) and the server-side session
            // with its absolute lifetime come from AddCpdPortalSessions (docs/adr/0019).
            o.Cookie.Name = PortalCookies.Auth;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.LoginPath = SignInPath;
            o.LogoutPath = "/account/sign-out";
            // Identity's events already hold the security stamp check (OnValidatePrincipal): keep them, replace
            // only this one. A signed-in user without the right gets a 403 page, not a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddCpdPortalSingleSignOn(configuration);
        services.AddCpdPortalSessions(configuration);
        services.AddCpdPortalRateLimits(configuration);

        services.AddAntiforgery(o =>
        {
            // Secure on every request, HTTP on localhost included (AlwaysSecureCookieBuilder says why it is not the policy).
            o.Cookie = new AlwaysSecureCookieBuilder { Name = PortalCookies.Antiforgery, SameSite = SameSiteMode.Strict };
        });

        services.AddAuthorization(Policies.Configure);

        services.AddControllersWithViews(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()))
            .AddRazorOptions(o =>
            {
                // Views live beside their controllers in feature folders: Features/{Feature}/{View}.cshtml.
                o.ViewLocationFormats.Clear();
                o.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
                o.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
            });

        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<HttpAuditActorAccessor>();
        services.AddScoped<IAuditActorAccessor>(sp => sp.GetRequiredService<HttpAuditActorAccessor>());
        services.AddScoped<CouncilName>();
        services.AddScoped<Features.Reports.ReportPages>();
        services.AddScoped<Features.SurveyResults.SurveyResultsPages>();
        services.Configure<Features.Reports.CouncilWideFiguresOptions>(configuration.GetSection(Features.Reports.CouncilWideFiguresOptions.SectionName));
        services.AddSingleton<Features.Reports.CouncilWideFigures>();
        services.Configure<JobOptions>(configuration.GetSection(JobOptions.SectionName));
        services.AddSingleton<JobInstance>();
        services.AddSingleton<ScheduledJobRunner>();
        services.AddScheduledJob<FollowUpRequestJob>();
        services.AddScheduledJob<RetentionJob>();
        services.AddScheduledJob<CertificationNoticeJob>();
        services.AddScheduledJob<EmailOutboxJob>(configuration.GetValue<TimeSpan?>("Email:Sending:Interval") ?? TimeSpan.FromMinutes(1));
        services.AddScheduledJob<NoticeJob>();

        // /health and /health/ready ask the database (its checks are Infrastructure's); /health/live asks nothing (HealthEndpoints).
        services.AddHealthChecks();

        services.Configure<RequestLocalizationOptions>(o =>
        {
            var culture = new CultureInfo("en-GB");
            o.DefaultRequestCulture = new RequestCulture(culture);
            o.SupportedCultures = [culture];
            o.SupportedUICultures = [culture];
        });

        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

        // Behind a TLS-terminating proxy (loopback, or the addresses in ForwardedHeaders:KnownProxies and
        // ForwardedHeaders:KnownNetworks), trust its X-Forwarded-For and X-Forwarded-Proto so the sign-in cookie is
        // marked Secure and HSTS is sent. Headers from any other address are ignored.
        services.Configure(ProxySettings.Read(configuration));

        // Keys that protect the sign-in and antiforgery cookies live in the database: they survive restarts and every
        // instance behind a load balancer shares them (docs/several-instances.md).
        services.AddDataProtection()
            .SetApplicationName("CpdPortal")
            .PersistKeysToDbContext<CpdPortalDbContext>();
        return builder;
    }

    /// <summary>Applies migrations and seeds (docs/adr/0002). An explicit step, never EnsureCreated.</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync();

        // Evidence files an older install kept on disk move into the database once (docs/adr/0016).
        var evidence = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<EvidenceOptions>>().Value;
        if (string.IsNullOrWhiteSpace(evidence.Store) || string.Equals(evidence.Store.Trim(), EvidenceOptions.Database, StringComparison.OrdinalIgnoreCase))
        {
            await scope.ServiceProvider.GetRequiredService<EvidenceFolderImport>()
                .ImportAsync(DependencyInjection.EvidenceFolder(evidence, app.Environment.ContentRootPath));
        }
    }

    /// <summary>The request pipeline.</summary>
    public static WebApplication UseCpdPortal(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseCpdPortalRequestLogging();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();

        // A path that matches no page is a 404 for everyone, signed in or not (CONTRACT.md). Without this the
        // fallback policy would send a signed-out visitor to sign in first, only to show them a 404 afterwards.
        // The OpenID Connect handler answers its own callbacks (no MVC endpoint), but only when single sign-on is on.
        var singleSignOn = SingleSignOnSettings.From(app.Configuration).IsEnabled;
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is null && !(singleSignOn && SingleSignOnSettings.IsCallbackPath(context.Request.Path)))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.UseAuthentication();
        app.UseMiddleware<MustChangePasswordMiddleware>();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapCpdPortalHealth();
        app.MapControllers();
        return app;
    }
}
