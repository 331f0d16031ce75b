using CpdPortal.Application.Common;
using Microsoft.AspNetCore.Authorization;

namespace CpdPortal.Web.Authorization;

/// <summary>Policy names. Controllers carry them at class level so a GET and its POST cannot drift apart.</summary>
public static class Policies
{
    public const string Supervisor = nameof(Supervisor);
    public const string LearningAndDevelopment = nameof(LearningAndDevelopment);
    public const string Administrator = nameof(Administrator);

    /// <summary>Practice quality reviewers (docs/adr/0028): samples, reviews and their report.</summary>
    public const string PracticeQuality = nameof(PracticeQuality);

    /// <summary>Reports: the L&amp;D team and administrators.</summary>
    public const string Reports = nameof(Reports);

    /// <summary>Any signed-in member of staff with a staff record (a pure administrator account has none).</summary>
    public const string StaffMember = nameof(StaffMember);

    public static void Configure(AuthorizationOptions options)
    {
        // Everything requires a signed-in user unless it opts out with [AllowAnonymous].
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();

        options.AddPolicy(Supervisor, p => p.RequireRole(PortalRoles.Supervisor).RequireClaim(PortalClaimTypes.StaffMemberId));
        options.AddPolicy(LearningAndDevelopment, p => p.RequireRole(PortalRoles.LearningAndDevelopment));
        options.AddPolicy(Administrator, p => p.RequireRole(PortalRoles.Administrator));
        options.AddPolicy(Reports, p => p.RequireRole(PortalRoles.LearningAndDevelopment, PortalRoles.Administrator));
        options.AddPolicy(StaffMember, p => p.RequireClaim(PortalClaimTypes.StaffMemberId));
        options.AddPolicy(PracticeQuality, p => p.RequireRole(PortalRoles.PracticeQuality));
    }
}
