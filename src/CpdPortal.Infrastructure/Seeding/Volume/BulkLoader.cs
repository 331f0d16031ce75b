using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using CpdPortal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;

namespace CpdPortal.Infrastructure.Seeding.Volume;

/// <summary>
/// Writes many rows fast, bypassing the change tracker: rows are buffered per table and flushed, parents before
/// children (tables in the order they were declared), with raw prepared INSERTs inside one large transaction on
/// SQLite and Npgsql's binary COPY on PostgreSQL. Column names and value conversions (enums as text, instants as
/// numbers on SQLite) come from the EF Core model, so a row is written exactly as SaveChanges would write it.
/// Ids are chosen by the caller; <see cref="FinishAsync"/> moves PostgreSQL's identity sequences past them.
/// </summary>
[SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities", Justification = "Table and column names come from the EF model, never from input; values are parameters.")]
public abstract class BulkLoader : IAsyncDisposable
{
    private const int FlushAtRows = 200_000;

    private readonly List<BulkTable> _tables = [];

    /// <summary>Every declared table, in the order rows are written.</summary>
    protected IReadOnlyList<BulkTable> Tables => _tables;
    private int _buffered;

    protected BulkLoader(CpdPortalDbContext db)
    {
        Db = db;
    }

    /// <summary>Rows written so far, across every table.</summary>
    public long RowsWritten { get; private set; }

    protected CpdPortalDbContext Db { get; }

    protected DbConnection Connection => Db.Database.GetDbConnection();

    public static BulkLoader For(CpdPortalDbContext db) =>
        db.Database.ProviderName switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => new SqliteBulkLoader(db),
            "Npgsql.EntityFrameworkCore.PostgreSQL" => new PostgreSqlBulkLoader(db),
            var other => throw new NotSupportedException($"seed-volume supports SQLite and PostgreSQL, not {other}."),
        };

    /// <summary>Declares a table and the columns rows will give, in that order. Declare parents before children.</summary>
    public BulkTable Table<TEntity>(params string[] columns)
    {
        var entity = Db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        return Table(entity.GetTableName()!, columns);
    }

    /// <summary>Declares a table by its name (join tables without an entity class of their own).</summary>
    public BulkTable Table(string tableName, params string[] columns)
    {
        var table = Db.Model.GetRelationalModel().Tables.SingleOrDefault(t => t.Name == tableName)
                    ?? throw new InvalidOperationException($"No table {tableName} in the model.");
        var mapped = columns.Select(c => table.FindColumn(c) ?? throw new InvalidOperationException($"No column {tableName}.{c}.")).ToArray();
        var bulk = new BulkTable(this, table, mapped);
        _tables.Add(bulk);
        return bulk;
    }

    public async Task StartAsync(CancellationToken ct)
    {
        await Db.Database.OpenConnectionAsync(ct);
        await OnStartAsync(ct);
    }

    /// <summary>Writes what is buffered, restores the connection's settings and moves the id sequences on.</summary>
    public async Task FinishAsync(CancellationToken ct)
    {
        await FlushAsync(ct);
        await OnFinishAsync(_tables.Select(t => t.Table).Distinct().ToList(), ct);
    }

    internal async ValueTask RowAddedAsync(CancellationToken ct)
    {
        if (++_buffered >= FlushAtRows)
        {
            await FlushAsync(ct);
        }
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_buffered == 0)
        {
            return;
        }

        await WriteAsync(_tables.Where(t => t.Rows.Count > 0).ToList(), ct);
        foreach (var table in _tables)
        {
            RowsWritten += table.Rows.Count;
            table.Rows.Clear();
        }

        _buffered = 0;
    }

    public async ValueTask DisposeAsync()
    {
        await Db.Database.CloseConnectionAsync();
        GC.SuppressFinalize(this);
    }

    protected abstract Task OnStartAsync(CancellationToken ct);

    protected abstract Task WriteAsync(IReadOnlyList<BulkTable> tables, CancellationToken ct);

    protected abstract Task OnFinishAsync(IReadOnlyList<ITable> tables, CancellationToken ct);

    /// <summary>A model value as the database stores it (the column's value converter applied; enums without one as numbers).</summary>
    protected static object ToProvider(ValueConverter? converter, object? value)
    {
        if (value is null)
        {
            return DBNull.Value;
        }

        if (converter is not null)
        {
            return converter.ConvertToProvider(value) ?? DBNull.Value;
        }

        return value is Enum ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : value;
    }

    protected async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Db.Database.CurrentTransaction?.GetDbTransaction();
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>SQLite: one prepared INSERT per table, executed row by row inside one transaction per flush.</summary>
    private sealed class SqliteBulkLoader(CpdPortalDbContext db) : BulkLoader(db)
    {
        private const int RowsPerStatement = 50;

        private string _journal = "delete";
        private List<string>? _indexes;
        private long _synchronous = 2;

        protected override async Task OnStartAsync(CancellationToken ct)
        {
            // Tuned for the load and restored afterwards: no fsync per commit, a bigger page cache, temp data in memory.
            _journal = (string)(await ScalarAsync("PRAGMA journal_mode", ct) ?? "delete");
            _synchronous = Convert.ToInt64(await ScalarAsync("PRAGMA synchronous", ct) ?? 2L, System.Globalization.CultureInfo.InvariantCulture);
            await ExecuteAsync("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000; PRAGMA temp_store = MEMORY;", ct);
        }

        protected override async Task WriteAsync(IReadOnlyList<BulkTable> tables, CancellationToken ct)
        {
            var connection = (SqliteConnection)Connection;
            _indexes ??= await DropIndexesAsync(ct);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            foreach (var table in tables)
            {
                // Many rows per statement: SQLite's cost per statement is larger than its cost per row.
                var full = table.Rows.Count / RowsPerStatement;
                if (full > 0)
                {
                    await using var many = Prepare(connection, transaction, table, RowsPerStatement);
                    for (var chunk = 0; chunk < full; chunk++)
                    {
                        Bind(many, table, chunk * RowsPerStatement, RowsPerStatement);
                        many.ExecuteNonQuery();
                    }
                }

                var rest = table.Rows.Count - (full * RowsPerStatement);
                if (rest > 0)
                {
                    await using var one = Prepare(connection, transaction, table, 1);
                    for (var row = full * RowsPerStatement; row < table.Rows.Count; row++)
                    {
                        Bind(one, table, row, 1);
                        one.ExecuteNonQuery();
                    }
                }
            }

            await transaction.CommitAsync(ct);
        }

        private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, BulkTable table, int rows)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            var columns = table.Columns.Count;
            var values = Enumerable.Range(0, rows).Select(r => "(" + string.Join(", ", Enumerable.Range(0, columns).Select(c => $"$p{(r * columns) + c}")) + ")");
            command.CommandText = $"INSERT INTO \"{table.Table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) VALUES {string.Join(", ", values)}";
            for (var i = 0; i < rows * columns; i++)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = $"$p{i}" });
            }

            command.Prepare();
            return command;
        }

        private static void Bind(SqliteCommand command, BulkTable table, int first, int rows)
        {
            var columns = table.Columns.Count;
            for (var r = 0; r < rows; r++)
            {
                var row = table.Rows[first + r];
                for (var c = 0; c < columns; c++)
                {
                    command.Parameters[(r * columns) + c].Value = ToProvider(table.Converters[c], row[c]);
                }
            }
        }

        /// <summary>Secondary indexes are dropped for the load and built once at the end (a sort instead of millions of random inserts).</summary>
        private async Task<List<string>> DropIndexesAsync(CancellationToken ct)
        {
            var names = string.Join(", ", Tables.Select(t => $"'{t.Table.Name}'").Distinct());
            var indexes = new List<(string Name, string Sql)>();
            await using (var command = Connection.CreateCommand())
            {
                command.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({names})";
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    indexes.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            foreach (var (name, _) in indexes)
            {
                await ExecuteAsync($"DROP INDEX \"{name}\"", ct);
            }

            return indexes.Select(i => i.Sql).ToList();
        }

        protected override async Task OnFinishAsync(IReadOnlyList<ITable> tables, CancellationToken ct)
        {
            // AUTOINCREMENT's sqlite_sequence follows explicit ids by itself; the indexes come back, then the settings.
            foreach (var sql in _indexes ?? [])
            {
                await ExecuteAsync(sql, ct);
            }

            await ExecuteAsync($"PRAGMA synchronous = {_synchronous}; PRAGMA journal_mode = {_journal};", ct);
            await ExecuteAsync("ANALYZE;", ct);
        }

        private async Task<object?> ScalarAsync(string sql, CancellationToken ct)
        {
            await using var command = Connection.CreateCommand();
            command.CommandText = sql;
            return await command.ExecuteScalarAsync(ct);
        }
    }

    /// <summary>PostgreSQL: one binary COPY per table per flush.</summary>
    private sealed class PostgreSqlBulkLoader(CpdPortalDbContext db) : BulkLoader(db)
    {
        protected override Task OnStartAsync(CancellationToken ct) => Task.CompletedTask;

        protected override async Task WriteAsync(IReadOnlyList<BulkTable> tables, CancellationToken ct)
        {
            var connection = (NpgsqlConnection)Connection;
            foreach (var table in tables)
            {
                var types = table.Columns.Select(TypeOf).ToArray();
                var copy = $"COPY \"{table.Table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
                await using var importer = await connection.BeginBinaryImportAsync(copy, ct);
                foreach (var row in table.Rows)
                {
                    importer.StartRow();
                    for (var i = 0; i < types.Length; i++)
                    {
                        var value = ToProvider(table.Converters[i], row[i]);
                        if (value is DBNull)
                        {
                            importer.WriteNull();
                        }
                        else
                        {
                            importer.Write(value, types[i]);
                        }
                    }
                }

                await importer.CompleteAsync(ct);
            }
        }

        protected override async Task OnFinishAsync(IReadOnlyList<ITable> tables, CancellationToken ct)
        {
            // integer and bigint ids alike (the audit log's is bigint): a sequence left behind fails the next insert.
            foreach (var table in tables.Where(t => t.FindColumn("Id") is { } id
                && (id.StoreType.StartsWith("integer", StringComparison.Ordinal) || id.StoreType.StartsWith("bigint", StringComparison.Ordinal))))
            {
                await ExecuteAsync(
                    $"SELECT setval(pg_get_serial_sequence('\"{table.Name}\"', 'Id'), GREATEST((SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table.Name}\"), 1))",
                    ct);
            }

            await ExecuteAsync("ANALYZE;", ct);
        }

        private static NpgsqlDbType TypeOf(IColumn column)
        {
            var store = column.StoreType;
            return store switch
            {
                _ when store.StartsWith("integer", StringComparison.Ordinal) => NpgsqlDbType.Integer,
                _ when store.StartsWith("bigint", StringComparison.Ordinal) => NpgsqlDbType.Bigint,
                _ when store.StartsWith("smallint", StringComparison.Ordinal) => NpgsqlDbType.Smallint,
                _ when store.StartsWith("boolean", StringComparison.Ordinal) => NpgsqlDbType.Boolean,
                _ when store.StartsWith("character varying", StringComparison.Ordinal) => NpgsqlDbType.Varchar,
                _ when store.StartsWith("text", StringComparison.Ordinal) => NpgsqlDbType.Text,
                _ when store.StartsWith("timestamp with time zone", StringComparison.Ordinal) => NpgsqlDbType.TimestampTz,
                _ when store.StartsWith("date", StringComparison.Ordinal) => NpgsqlDbType.Date,
                _ when store.StartsWith("numeric", StringComparison.Ordinal) => NpgsqlDbType.Numeric,
                _ when store.StartsWith("uuid", StringComparison.Ordinal) => NpgsqlDbType.Uuid,
                _ => throw new NotSupportedException($"seed-volume cannot COPY a {store} column ({column.Table.Name}.{column.Name})."),
            };
        }
    }
}

/// <summary>One table's buffered rows; values in the model's types, in the declared column order.</summary>
public sealed class BulkTable
{
    private readonly BulkLoader _loader;

    internal BulkTable(BulkLoader loader, ITable table, IColumn[] columns)
    {
        _loader = loader;
        Table = table;
        Columns = columns;
        Converters = columns.Select(c => c.PropertyMappings[0].Property.GetTypeMapping().Converter).ToArray();
    }

    public ITable Table { get; }

    public IReadOnlyList<IColumn> Columns { get; }

    internal ValueConverter?[] Converters { get; }

    internal List<object?[]> Rows { get; } = [];

    public ValueTask AddAsync(CancellationToken ct, params object?[] values)
    {
        if (values.Length != Columns.Count)
        {
            throw new ArgumentException($"{Table.Name} takes {Columns.Count} values, not {values.Length}.", nameof(values));
        }

        Rows.Add(values);
        return _loader.RowAddedAsync(ct);
    }
}
