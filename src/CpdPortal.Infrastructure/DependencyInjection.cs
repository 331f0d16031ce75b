using CpdPortal.Application.Activities;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Application.Privacy;
using CpdPortal.Infrastructure.Auditing;
using CpdPortal.Infrastructure.Backup;
using CpdPortal.Infrastructure.Email;
using CpdPortal.Infrastructure.Files;
using CpdPortal.Infrastructure.Health;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.Infrastructure.Jobs;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CpdPortal.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Registers the database, Identity's stores and the seeders.</summary>
    public static IServiceCollection AddCpdPortalInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.SectionName));
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.SectionName));
        services.AddCpdPortalDatabase(database, configuration.GetConnectionString(DatabaseOptions.ConnectionStringName), contentRoot);
        services.AddScoped<ICpdPortalDbContext>(sp => sp.GetRequiredService<CpdPortalDbContext>());
        services.TryAddScoped<IAuditActorAccessor, SystemAuditActorAccessor>();
        services.AddScoped<AuditSuppression>();
        services.AddScoped<AuditSaveChangesInterceptor>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoCouncilSeeder>();
        services.AddScoped<Seeding.Volume.VolumeSeeder>();
        services.AddScoped<IJobLease, DatabaseJobLease>();
        services.AddCpdPortalEvidenceStore(configuration, contentRoot);
        services.AddCpdPortalEmail(configuration, contentRoot);
        services.Configure<BackupFolders>(o =>
        {
            o.Evidence = Path.GetFullPath(Path.Combine(contentRoot, configuration[FileSystemEvidenceStore.ConfigurationKey] ?? FileSystemEvidenceStore.DefaultPath));
            o.Keys = Path.GetFullPath(Path.Combine(contentRoot, configuration["DataProtection:KeysPath"] ?? "App_Data/keys"));
        });
        services.AddScoped<BackupService>();
        services.AddScoped<StaffAccountService>();
        services.AddScoped<FirstAdministrator>();
        services.AddScoped<IDemoDataStatus, DemoDataStatus>();
        services.AddScoped<ICouncilNameSource, CouncilNameSource>();
        services.AddSingleton(configuration.GetSection(RetentionOptions.SectionName).Get<RetentionOptions>() ?? new RetentionOptions());
        services.AddScoped<IStaffAccountEraser, Privacy.StaffAccountEraser>();
        services.AddCpdPortalDatabaseHealthChecks();
        return services;
    }

    /// <summary>Evidence:Store = Database (default) or FileSystem (docs/adr/0016).</summary>
    public static IServiceCollection AddCpdPortalEvidenceStore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var evidence = configuration.GetSection(EvidenceOptions.SectionName).Get<EvidenceOptions>() ?? new EvidenceOptions();
        services.Configure<EvidenceOptions>(configuration.GetSection(EvidenceOptions.SectionName));
        services.AddScoped<EvidenceFolderImport>();
        var store = string.IsNullOrWhiteSpace(evidence.Store) ? EvidenceOptions.Database : evidence.Store.Trim();
        if (string.Equals(store, EvidenceOptions.Database, StringComparison.OrdinalIgnoreCase))
        {
            services.AddScoped<IEvidenceStore, DatabaseEvidenceStore>();
        }
        else if (string.Equals(store, EvidenceOptions.FileSystem, StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IEvidenceStore>(FileSystemEvidenceStore.Create(evidence.StoragePath, contentRoot));
        }
        else
        {
            throw new ConfigurationException(
                $"Evidence:Store '{evidence.Store}' is not supported. Set it to {EvidenceOptions.Database} (the default) or {EvidenceOptions.FileSystem}; see docs/adr/0016-evidence-files-in-the-database.md.");
        }

        return services;
    }

    /// <summary>The folder evidence files were (FileSystem store) or still are kept in.</summary>
    public static string EvidenceFolder(EvidenceOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.GetFullPath(Path.Combine(contentRoot, string.IsNullOrWhiteSpace(options.StoragePath) ? FileSystemEvidenceStore.DefaultPath : options.StoragePath));
    }

    /// <summary>Identity's password and lockout rules (issue 2): length and a deny list, no composition rules.</summary>
    public static IdentityBuilder AddCpdPortalIdentityStores(this IdentityBuilder builder)
    {
        builder.AddEntityFrameworkStores<CpdPortalDbContext>()
            .AddPasswordValidator<CommonPasswordValidator>();

        // PBKDF2-HMAC-SHA512 with OWASP's 210,000 iterations (issue 14). A hash made with fewer is verified once more
        // at the old count, answers SuccessRehashNeeded, and Identity stores a new hash at this count on that sign-in.
        builder.Services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashIterations);
        return builder;
    }

    /// <summary>PBKDF2 iterations for new password hashes (OWASP's minimum for HMAC-SHA512).</summary>
    public const int PasswordHashIterations = 210_000;

    public static void ConfigurePasswordAndLockout(IdentityOptions options)
    {
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
