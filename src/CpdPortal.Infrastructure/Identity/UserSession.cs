namespace CpdPortal.Infrastructure.Identity;

/// <summary>
/// One signed-in session (docs/adr/0019). The sign-in cookie carries the session's id; every request with the cookie
/// checks that the row still exists, has not been revoked and has not passed its absolute expiry. Signing out revokes
/// the row, so a copy of the cookie taken before stops working.
/// </summary>
public sealed class UserSession
{
    /// <summary>32 hexadecimal characters: 128 random bits.</summary>
    public const int IdLength = 32;

    public const int UserIdMaxLength = 450;

    public UserSession(string id, string userId, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        Id = id;
        UserId = userId;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public string Id { get; private set; }

    public string UserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The absolute end of the session, however active it is (12 hours after sign-in by default).</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When the session was ended by signing out, a password change or an administrator; null while it may be used.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }
}
