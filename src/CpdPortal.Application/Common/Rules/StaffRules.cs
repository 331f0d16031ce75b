using System.Linq.Expressions;
using CpdPortal.Domain.Workforce;

namespace CpdPortal.Application.Common.Rules;

/// <summary>
/// Who is on the staff on a day, as query expressions. Each is the SQL form of a rule the domain states in C#
/// (<see cref="StaffMember.IsCurrentOn"/>) and is tested to agree with it (CpdPortal.Application.Tests) and to
/// translate on every provider (CpdPortal.IntegrationTests). A query that needs the rule uses these, never its own
/// copy of the dates.
/// </summary>
public static class StaffRules
{
    /// <summary>In post on <paramref name="day"/>: started on or before it and not left before it (<see cref="StaffMember.IsCurrentOn"/>).</summary>
    public static Expression<Func<StaffMember, bool>> InPostOn(DateOnly day) =>
        s => s.StartDate <= day && (s.LeaveDate == null || s.LeaveDate >= day);

    /// <summary>
    /// Has not left before <paramref name="day"/> (a leaving date on or after it, or none), whether or not they have
    /// started yet: <see cref="StaffMember.IsCurrentOn"/> without its start date (notices about a future starter's
    /// records still reach them).
    /// </summary>
    public static Expression<Func<StaffMember, bool>> NotLeftBefore(DateOnly day) =>
        s => s.LeaveDate == null || s.LeaveDate >= day;

    /// <summary>
    /// In post on at least one day from <paramref name="first"/> to <paramref name="last"/> (both included): started
    /// by the last day and not left before the first (<see cref="StaffMember.IsCurrentOn"/> on some day of the period).
    /// </summary>
    public static Expression<Func<StaffMember, bool>> InPostDuring(DateOnly first, DateOnly last) =>
        s => s.StartDate <= last && (s.LeaveDate == null || s.LeaveDate >= first);

    /// <summary>The people in post on <paramref name="day"/>.</summary>
    public static IQueryable<StaffMember> InPostOn(this IQueryable<StaffMember> staff, DateOnly day) =>
        staff.Where(InPostOn(day));

    /// <summary>The people in post on at least one day of the period.</summary>
    public static IQueryable<StaffMember> InPostDuring(this IQueryable<StaffMember> staff, DateOnly first, DateOnly last) =>
        staff.Where(InPostDuring(first, last));

    /// <summary>The people who have not left before <paramref name="day"/>.</summary>
    public static IQueryable<StaffMember> NotLeftBefore(this IQueryable<StaffMember> staff, DateOnly day) =>
        staff.Where(NotLeftBefore(day));
}
