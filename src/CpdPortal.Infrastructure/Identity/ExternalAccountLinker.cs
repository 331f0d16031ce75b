using CpdPortal.Application.Common;
using Microsoft.AspNetCore.Identity;

namespace CpdPortal.Infrastructure.Identity;

/// <summary>Who the council's identity provider says signed in: its stable key for the person and, if verified, their work email.</summary>
/// <param name="Provider">The login provider name stored in AspNetUserLogins (the OpenID Connect scheme).</param>
/// <param name="Key">The provider's stable, never reassigned id of the person (Entra's <c>oid</c>, else <c>sub</c>).</param>
/// <param name="VerifiedEmail">The work email, only when the provider vouches for it; null otherwise.</param>
/// <param name="ProviderDisplayName">What the portal calls the provider (the button's text).</param>
public sealed record ExternalIdentity(string Provider, string Key, string? VerifiedEmail, string ProviderDisplayName);

public enum ExternalSignInOutcome
{
    /// <summary>Found by the stable key linked at an earlier sign-in.</summary>
    Found,

    /// <summary>First sign-in: matched by verified email and linked to the stable key now.</summary>
    Linked,

    /// <summary>No account has this key or this verified email. Nothing is created (single sign-on never makes accounts).</summary>
    UnknownAccount,

    /// <summary>The account matched by email is already linked to another person at the provider.</summary>
    AlreadyLinkedToSomeoneElse,

    /// <summary>The account exists but may not sign in: locked by an administrator or locked out, or a leaver.</summary>
    Refused,
}

public sealed record ExternalSignInMatch(ExternalSignInOutcome Outcome, ApplicationUser? User)
{
    public bool MaySignIn => Outcome is ExternalSignInOutcome.Found or ExternalSignInOutcome.Linked;
}

/// <summary>
/// Matches a person signed in at the council's identity provider to their portal account (ADR 0018): by the stable key
/// in Identity's external logins, and on the first sign-in by verified work email, when the link is made. It never
/// creates an account and never changes roles; it refuses what <see cref="PortalSignInManager"/> refuses at the sign-in form.
/// </summary>
public sealed class ExternalAccountLinker(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn)
{
    public async Task<ExternalSignInMatch> MatchAsync(ExternalIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var user = await users.FindByLoginAsync(identity.Provider, identity.Key);
        var outcome = ExternalSignInOutcome.Found;
        if (user is null)
        {
            if (string.IsNullOrWhiteSpace(identity.VerifiedEmail))
            {
                return new(ExternalSignInOutcome.UnknownAccount, null);
            }

            user = await users.FindByEmailAsync(identity.VerifiedEmail.Trim());
            if (user is null)
            {
                return new(ExternalSignInOutcome.UnknownAccount, null);
            }

            // Someone else at the provider already holds this account (an email address given to a new person, say):
            // never move the link silently; an administrator removes the old link first.
            var logins = await users.GetLoginsAsync(user);
            if (logins.Any(l => l.LoginProvider == identity.Provider))
            {
                return new(ExternalSignInOutcome.AlreadyLinkedToSomeoneElse, user);
            }

            outcome = ExternalSignInOutcome.Linked;
        }

        // The same refusals as the sign-in form: locked by an administrator, a leaver (PortalSignInManager), locked out.
        if (!await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
        {
            return new(ExternalSignInOutcome.Refused, user);
        }

        if (outcome == ExternalSignInOutcome.Linked)
        {
            var added = await users.AddLoginAsync(user, new UserLoginInfo(identity.Provider, identity.Key, identity.ProviderDisplayName));
            if (!added.Succeeded)
            {
                // The key is already linked to another account (a race with a second sign-in): refuse, link nothing more.
                return new(ExternalSignInOutcome.AlreadyLinkedToSomeoneElse, user);
            }
        }

        return new(outcome, user);
    }

    /// <summary>Whether the account is an administrator (they may keep signing in with a password when local passwords are off).</summary>
    public Task<bool> IsAdministratorAsync(ApplicationUser user) => users.IsInRoleAsync(user, PortalRoles.Administrator);
}
