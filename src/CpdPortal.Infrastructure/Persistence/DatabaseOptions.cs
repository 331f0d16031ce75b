namespace CpdPortal.Infrastructure.Persistence;

/// <summary>Which database the portal uses (configuration section "Database").</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "CpdPortal";
    public const string Sqlite = nameof(Sqlite);

    /// <summary>The provider: only "Sqlite" for now (PostgreSQL and SQL Server are one switch case each; see docs/adr/0002).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>Apply pending migrations at start-up. On by default; a deployment may run them as a separate step.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
