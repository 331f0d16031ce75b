namespace CpdPortal.Application.Common;

/// <summary>The council's name as the administrator set it, read without failing the page that asks.</summary>
public interface ICouncilNameSource
{
    /// <summary>
    /// The name from the settings row, or null when none is set; throws <see cref="CouncilNameUnavailableException"/>
    /// when the database cannot be read (so an error page can still use the configured name).
    /// </summary>
    Task<string?> ReadAsync(CancellationToken ct = default);
}

/// <summary>The settings could not be read (the database is down or not yet migrated).</summary>
public sealed class CouncilNameUnavailableException : Exception
{
    public CouncilNameUnavailableException()
    {
    }

    public CouncilNameUnavailableException(string message)
        : base(message)
    {
    }

    public CouncilNameUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
