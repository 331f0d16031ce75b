using CpdPortal.Domain.Workforce;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Administration;

/// <summary>Fresh staff members with accounts, one per test, so tests that lock or retire people stay independent.</summary>
public static class AccountTestData
{
    public const string Password = "A long test passphrase 42";

    /// <summary>Creates a staff member in the first team and an account for them with <see cref="Password"/>.</summary>
    public static async Task<(int StaffId, string UserId, string Email)> CreateStaffWithAccountAsync(
        this CpdPortalFactory factory,
        string localPart,
        bool mustChangePassword = false,
        bool disabled = false,
        string[]? roles = null)
    {
        var email = $"{localPart}@example.org";
        return await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CpdPortalDbContext>();
            var team = await db.Teams.OrderBy(t => t.Id).FirstAsync();
            var staff = new StaffMember($"T{Guid.NewGuid():N}"[..12], "Test", localPart, email, "Social worker", team, EmploymentType.Permanent, new DateOnly(2020, 1, 6));
            db.StaffMembers.Add(staff);
            await db.SaveChangesAsync();

            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = $"Test {localPart}",
                StaffMemberId = staff.Id,
                MustChangePassword = mustChangePassword,
                IsDisabled = disabled,
            };
            var created = await users.CreateAsync(user, Password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRolesAsync(user, roles ?? ["Practitioner"]);
            return (staff.Id, user.Id, email);
        });
    }

    public static Task SetLeaveDateAsync(this CpdPortalFactory factory, int staffId, DateOnly leaveDate) =>
        factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CpdPortalDbContext>();
            var staff = await db.StaffMembers.SingleAsync(s => s.Id == staffId);
            staff.MarkAsLeaver(leaveDate);
            return await db.SaveChangesAsync();
        });

    public static Task<ApplicationUser> FindUserAsync(this CpdPortalFactory factory, string email) =>
        factory.WithScopeAsync(async sp => (await sp.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!);
}
