using CpdPortal.Domain.Common;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("StaffMembers");
        builder.Property(s => s.StaffNumber).HasMaxLength(FieldLengths.StaffNumber).IsRequired();
        builder.Property(s => s.GivenName).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(s => s.FamilyName).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(s => s.Email).HasMaxLength(FieldLengths.Email).IsRequired();
        builder.Property(s => s.JobTitle).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(s => s.RegistrationNumber).HasMaxLength(FieldLengths.RegistrationNumber);
        builder.Property(s => s.EmploymentType).HasConversion<string>().HasMaxLength(16);
        // Existing staff are full time until an HR file says otherwise (docs/adr/0025).
        builder.Property(s => s.FullTimeEquivalent).HasPrecision(5, 4).HasDefaultValue(1m).ValueGeneratedNever();
        builder.Property(s => s.AbsenceDays).HasPrecision(5, 1);
        builder.Ignore(s => s.FullName);
        builder.Ignore(s => s.IsRegisteredSocialWorker);

        builder.HasIndex(s => s.StaffNumber).IsUnique();
        builder.HasIndex(s => s.Email).IsUnique();
        builder.HasIndex(s => new { s.TeamId, s.LeaveDate });
        // A supervisor's current supervisees: the line, then who has not left (ADR 0026).
        builder.HasIndex(s => new { s.SupervisorId, s.LeaveDate });

        // The admin staff list's sort, with the id that breaks ties, so every page is an index range.
        builder.HasIndex(s => new { s.FamilyName, s.GivenName, s.Id });

        builder.HasOne(s => s.Team).WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Supervisor).WithMany().HasForeignKey(s => s.SupervisorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.PathwayRole).WithMany().HasForeignKey(s => s.PathwayRoleId).OnDelete(DeleteBehavior.Restrict);
    }
}
