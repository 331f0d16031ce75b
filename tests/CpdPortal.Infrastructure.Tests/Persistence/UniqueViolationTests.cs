using CpdPortal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CpdPortal.Infrastructure.Tests.Persistence;

public sealed class UniqueViolationTests
{
    private static DbUpdateException Failed(Exception inner) => new("The save failed.", inner);

    [Theory]
    [InlineData(UniqueViolation.SqlitePrimaryKey)]
    [InlineData(UniqueViolation.SqliteUnique)]
    public void Is_SqlitePrimaryKeyOrUnique_IsTrue(int extendedCode)
    {
        // Arrange
        var failure = Failed(new SqliteException("constraint failed", UniqueViolation.SqliteConstraint, extendedCode));

        // Act and Assert
        Assert.True(UniqueViolation.Is(failure));
    }

    [Fact]
    public void Is_SqliteForeignKey_IsFalse()
    {
        // Arrange: SQLITE_CONSTRAINT_FOREIGNKEY is a constraint, but not a unique one.
        var failure = Failed(new SqliteException("FOREIGN KEY constraint failed", UniqueViolation.SqliteConstraint, 787));

        // Act and Assert
        Assert.False(UniqueViolation.Is(failure));
    }

    [Theory]
    [InlineData("23505", true)]
    [InlineData("23503", false)]
    [InlineData("40001", false)]
    public void Is_PostgresSqlState_IsTrueOnlyForUniqueViolation(string sqlState, bool expected)
    {
        // Arrange
        var failure = Failed(new PostgresException("duplicate key value", "ERROR", "ERROR", sqlState));

        // Act and Assert
        Assert.Equal(expected, UniqueViolation.Is(failure));
    }

    [Fact]
    public void Is_NoProviderException_IsFalse()
    {
        // Act and Assert
        Assert.False(UniqueViolation.Is(Failed(new InvalidOperationException("something else"))));
        Assert.False(UniqueViolation.Is(new DbUpdateException("no inner exception")));
    }
}
