namespace CpdPortal.Application.Common;

/// <summary>
/// Who is asking, for a controller or service that needs the signed-in person: injected, so a test can say who it
/// is. The web project reads it from the request's claims.
/// </summary>
public interface ICurrentUser
{
    /// <summary>The account's id; empty when nobody is signed in.</summary>
    string AccountId { get; }

    /// <summary>The account's staff record, or null (a pure administrator account has none).</summary>
    int? StaffMemberId { get; }

    /// <summary>
    /// The staff record of the person signed in, for pages whose policy (StaffMember, Supervisor, Practitioner) lets
    /// only accounts with one in; throws where that promise is broken, because it is a bug, not a user's mistake.
    /// </summary>
    int StaffId => StaffMemberId ?? throw new InvalidOperationException("This page's policy lets only accounts with a staff record in.");
}
