namespace CpdPortal.Infrastructure.Persistence;

/// <summary>Which database the portal uses (configuration section "Database"; docs/adr/0015).</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "CpdPortal";
    public const string Sqlite = nameof(Sqlite);
    public const string PostgreSql = nameof(PostgreSql);
    public const string SqlServer = nameof(SqlServer);

    /// <summary>Every provider the portal supports, in the order the documentation lists them.</summary>
    public static readonly IReadOnlyList<string> Providers = [Sqlite, PostgreSql, SqlServer];

    /// <summary>The provider: "Sqlite" (the embedded default), "PostgreSql" or "SqlServer" (docs/deployment.md).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>Apply pending migrations at start-up. On by default; a deployment may run them as a separate step.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
