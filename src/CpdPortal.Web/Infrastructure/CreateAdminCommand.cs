using CpdPortal.Domain.Common;
using CpdPortal.Infrastructure.Identity;

namespace CpdPortal.Web.Infrastructure;

/// <summary>
/// <c>dotnet CpdPortal.Web.dll create-admin --email someone@council.gov.uk</c>: migrates the database, creates the
/// first administrator and prints their one-time password on the console (standard output only, never the log),
/// then exits without starting the web server. Refused when an administrator already exists.
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";

    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Runs the command; the exit code is 0 when the account was created.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var at = Array.IndexOf(args, "--email");
        var email = at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        if (email is null)
        {
            await output.WriteLineAsync($"Usage: dotnet CpdPortal.Web.dll {Name} --email name@example.org");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        try
        {
            var password = await scope.ServiceProvider.GetRequiredService<FirstAdministrator>().CreateAsync(email, CancellationToken.None);
            await output.WriteLineAsync($"Administrator account created for {email.Trim().ToLowerInvariant()}.");
            await output.WriteLineAsync($"One-time password: {password}");
            await output.WriteLineAsync("Sign in with it and choose a new password; it is not shown again.");
            return 0;
        }
        catch (DomainRuleException ex)
        {
            await output.WriteLineAsync(ex.Message);
            return 1;
        }
    }
}
