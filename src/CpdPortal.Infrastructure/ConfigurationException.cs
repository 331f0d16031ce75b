namespace CpdPortal.Infrastructure;

/// <summary>A setting that cannot work: start-up stops with this one-line message and no stack trace (StartupFailure).</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException()
    {
    }

    public ConfigurationException(string message)
        : base(message)
    {
    }

    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
