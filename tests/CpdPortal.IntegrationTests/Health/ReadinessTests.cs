using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.IntegrationTests.SeveralInstances;
using CpdPortal.TestCommon;
using Npgsql;

namespace CpdPortal.IntegrationTests.Health;

/// <summary>
/// /health/live and /health/ready for a load balancer, on a real PostgreSQL database the test takes away and gives
/// back (renamed while the portal runs, so the server is up but the database is unreachable).
/// </summary>
public sealed class ReadinessTests : IAsyncLifetime
{
    private string _database = string.Empty;
    private PortalInstance? _portal;
    private HttpClient? _client;

    private HttpClient Client => _client!;

    private string DatabaseName => new NpgsqlConnectionStringBuilder(_database).Database!;

    public async Task InitializeAsync()
    {
        _database = TestPostgres.NewDatabaseConnectionString("cpdportal_ready");
        _portal = PortalInstance.OnPostgreSql(_database, new FixedTimeProvider());
        _client = _portal.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_portal is not null)
        {
            await _portal.DisposeAsync();
        }

        await TestPostgres.DropDatabaseAsync(_database);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Get_WhileAllIsWell_AnswersHealthyAndNothingElse(string path)
    {
        // Act
        using var response = await Client.GetAsync(path);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(response.Headers, h => h.Key.StartsWith("Set-Cookie", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Ready_DatabaseUnreachableThenBack_503ThenHealthyAgainByItself()
    {
        // Arrange
        using var before = await Client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        // Act: the database goes away while the portal runs...
        await RenameAsync(DatabaseName, DatabaseName + "_away");
        using var readyWhileAway = await Client.GetAsync("/health/ready");
        using var liveWhileAway = await Client.GetAsync("/health/live");
        using var healthWhileAway = await Client.GetAsync("/health");

        // ...and comes back.
        await RenameAsync(DatabaseName + "_away", DatabaseName);
        using var readyAgain = await Client.GetAsync("/health/ready");

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyWhileAway.StatusCode);
        Assert.Equal("Unhealthy", await readyWhileAway.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, liveWhileAway.StatusCode);
        Assert.Equal("Healthy", await liveWhileAway.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, healthWhileAway.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readyAgain.StatusCode);
        Assert.Equal("Healthy", await readyAgain.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_PendingMigration_503UntilApplied()
    {
        // Arrange: the database as an older build left it, without the newest migration recorded.
        var newest = await ScalarAsync<string>(_database, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\" DESC LIMIT 1");
        var product = await ScalarAsync<string>(_database, "SELECT \"ProductVersion\" FROM \"__EFMigrationsHistory\" LIMIT 1");
        await ExecuteAsync(_database, $"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{newest}'");

        // Act
        using var pending = await Client.GetAsync("/health/ready");
        using var health = await Client.GetAsync("/health");
        await ExecuteAsync(_database, $"INSERT INTO \"__EFMigrationsHistory\" VALUES ('{newest}', '{product}')");
        using var applied = await Client.GetAsync("/health/ready");

        // Assert: /health stays as it was (the database answers); ready waits for the migration.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, pending.StatusCode);
        Assert.Equal("Unhealthy", await pending.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
    }

    /// <summary>Renames a database, first closing every connection to it (the portal's pooled ones included).</summary>
    private static async Task RenameAsync(string from, string to)
    {
        await ExecuteAsync(TestPostgres.ServerConnectionString, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{from}' AND pid <> pg_backend_pid()");
        // The portal's pool would otherwise hand out connections the server has just closed.
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(TestPostgres.ServerConnectionString, $"ALTER DATABASE \"{from}\" RENAME TO \"{to}\"");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
