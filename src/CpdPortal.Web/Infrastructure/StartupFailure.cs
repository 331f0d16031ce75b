using System.Data.Common;
using CpdPortal.Infrastructure;
using CpdPortal.Infrastructure.Persistence;

namespace CpdPortal.Web.Infrastructure;

/// <summary>Turns the start-up failures a deployment can cause into one line that says what to do.</summary>
public static class StartupFailure
{
    /// <summary>The line to print, or null for a failure that is a bug (left to crash with its stack trace).</summary>
    public static string? Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case DatabaseConfigurationException or ConfigurationException:
                    return ex.Message;
                case DbException or TimeoutException:
                    return "the database cannot be reached or refused the connection (" + FirstLine(ex.Message)
                           + "). Check Database:Provider and ConnectionStrings:CpdPortal, and that the server is running; see docs/deployment.md.";
                case ArgumentException when ex.StackTrace?.Contains("ConnectionString", StringComparison.Ordinal) == true:
                    return "ConnectionStrings:CpdPortal is not a valid connection string for the configured Database:Provider ("
                           + FirstLine(ex.Message) + "); see docs/deployment.md.";
            }
        }

        return null;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}
