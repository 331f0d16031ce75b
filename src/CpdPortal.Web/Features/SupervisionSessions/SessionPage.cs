using CpdPortal.Application.Supervision;

namespace CpdPortal.Web.Features.SupervisionSessions;

/// <summary>The session page: the record, and what was typed into its acknowledgement or addendum box.</summary>
public sealed class SessionPage(SessionView session)
{
    /// <summary>Shared with the supervisor's addendum action, which shows this page again on bad input.</summary>
    public const string View = "/Features/SupervisionSessions/Details.cshtml";

    public const string CommentField = "Comment";

    public const string AddendumField = "Text";

    public SessionView Session { get; } = session;

    public string? Comment { get; init; }

    public string? AddendumText { get; init; }
}
