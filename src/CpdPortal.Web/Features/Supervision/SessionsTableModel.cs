using CpdPortal.Application.Supervision;

namespace CpdPortal.Web.Features.Supervision;

/// <summary>The shared sessions table (_SessionsTable): its rows and caption (size "s" or "m").</summary>
public sealed record SessionsTableModel(IReadOnlyList<SessionRow> Rows, string Caption, string CaptionSize = "s");
