using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace CpdPortal.Infrastructure.Identity;

/// <summary>
/// Rejects passwords found on a list of commonly used and breached passwords (NCSC guidance: length and a deny
/// list rather than composition rules). The list is an embedded resource so no network look-up is needed.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static bool IsCommon(string password)
    {
        var normalised = password.Trim().ToLowerInvariant();
        return Common.Value.Contains(normalised);
    }

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (IsCommon(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "Choose a password that is harder to guess: this one is on a list of common passwords",
            }));
        }

        var local = user.Email?.Split('@')[0];
        if (!string.IsNullOrEmpty(local) && local.Length >= 4 && password.Contains(local, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordContainsEmail",
                Description = "Your password must not contain your email address",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private static HashSet<string> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream("CpdPortal.Infrastructure.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}
