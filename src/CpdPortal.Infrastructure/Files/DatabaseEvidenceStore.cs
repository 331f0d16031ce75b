using System.Data;
using System.Data.Common;
using CpdPortal.Application.Activities;
using CpdPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CpdPortal.Infrastructure.Files;

/// <summary>
/// Evidence files' bytes in table EvidenceContents (docs/adr/0016), so that every instance reaches them and they are
/// in the database's backup. Saving joins the caller's unit of work: the bytes and the evidence record are written by
/// one SaveChanges, in one transaction. Reading streams the column on a connection of its own where the provider can
/// (PostgreSQL, SQL Server, and SQLite's incremental blob reading).
/// </summary>
public sealed class DatabaseEvidenceStore(CpdPortalDbContext db) : IEvidenceStore
{
    public async Task SaveAsync(string storedName, Stream content, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        CheckName(storedName);
        // The size was checked before this point (EvidenceService, and the request limit), so a buffer is bounded.
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        db.EvidenceContents.Add(new EvidenceContent(storedName, buffer.ToArray()));
    }

    public async Task<Stream?> OpenAsync(string storedName, CancellationToken ct = default)
    {
        CheckName(storedName);
        var table = db.Model.FindEntityType(typeof(EvidenceContent))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var tableName = sql.DelimitIdentifier(table.GetTableName()!, table.GetSchema());
        var contentColumn = sql.DelimitIdentifier(nameof(EvidenceContent.Content));
        var nameColumn = sql.DelimitIdentifier(nameof(EvidenceContent.StoredName));

        // A connection of its own: the response is written after the action returns, and the context's connection
        // must stay free for anything else the request still asks of it.
        var template = db.Database.GetDbConnection();
        var connection = DbProviderFactories.GetFactory(template)!.CreateConnection()!;
        connection.ConnectionString = db.Database.GetConnectionString();
        DbCommand? command = null;
        DbDataReader? reader = null;
        try
        {
            await connection.OpenAsync(ct);
            command = connection.CreateCommand();
            // Microsoft.Data.Sqlite streams a blob straight from the file only when the row's rowid is in the result.
            var sqlite = db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";
            command.CommandText = $"SELECT {(sqlite ? "rowid, " : string.Empty)}{contentColumn} FROM {tableName} WHERE {nameColumn} = @name";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@name";
            parameter.Value = storedName;
            command.Parameters.Add(parameter);
            reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess | CommandBehavior.SingleRow, ct);
            if (!await reader.ReadAsync(ct))
            {
                await DisposeAllAsync(reader, command, connection);
                return null;
            }

            return new OwningStream(reader.GetStream(sqlite ? 1 : 0), reader, command, connection);
        }
        catch
        {
            await DisposeAllAsync(reader, command, connection);
            throw;
        }
    }

    public async Task DeleteAsync(string storedName, CancellationToken ct = default)
    {
        CheckName(storedName);
        var staged = db.ChangeTracker.Entries<EvidenceContent>().FirstOrDefault(e => e.Entity.StoredName == storedName);
        if (staged is { State: EntityState.Added })
        {
            // Never written: the caller's SaveChanges failed.
            staged.State = EntityState.Detached;
            return;
        }

        await db.EvidenceContents.Where(c => c.StoredName == storedName).ExecuteDeleteAsync(ct);
        if (staged is not null)
        {
            staged.State = EntityState.Detached;
        }
    }

    private static void CheckName(string storedName)
    {
        if (string.IsNullOrWhiteSpace(storedName) || storedName.Length > EvidenceContent.StoredNameMaxLength)
        {
            throw new ArgumentException("Not a generated evidence file name.", nameof(storedName));
        }
    }

    private static async Task DisposeAllAsync(DbDataReader? reader, DbCommand? command, DbConnection connection)
    {
        if (reader is not null)
        {
            await reader.DisposeAsync();
        }

        if (command is not null)
        {
            await command.DisposeAsync();
        }

        await connection.DisposeAsync();
    }

    /// <summary>The column's stream, which closes its reader, command and connection when it is disposed.</summary>
    private sealed class OwningStream(Stream inner, DbDataReader reader, DbCommand command, DbConnection connection) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                reader.Dispose();
                command.Dispose();
                connection.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
