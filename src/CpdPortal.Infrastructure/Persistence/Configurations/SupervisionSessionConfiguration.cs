using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Pathways;
using CpdPortal.Domain.Supervision;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class SupervisionSessionConfiguration : IEntityTypeConfiguration<SupervisionSession>
{
    public void Configure(EntityTypeBuilder<SupervisionSession> builder)
    {
        builder.ToTable("SupervisionSessions");
        builder.Property(s => s.Hours).HasPrecision(4, 2);
        builder.Property(s => s.Type).HasConversion<string>().HasMaxLength(16);
        foreach (var text in new[] { nameof(SupervisionSession.ReviewOfLastActions), nameof(SupervisionSession.Management), nameof(SupervisionSession.Development), nameof(SupervisionSession.Support), nameof(SupervisionSession.Mediation), nameof(SupervisionSession.LearningNeeds), nameof(SupervisionSession.SuperviseeComment) })
        {
            builder.Property(text).HasMaxLength(FieldLengths.LongText);
        }

        builder.Ignore(s => s.IsAcknowledged);

        // "Last session" per supervisee, and a supervisor's own sessions.
        builder.HasIndex(s => new { s.SuperviseeId, s.Date });
        builder.HasIndex(s => s.SupervisorId);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.SuperviseeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.SupervisorId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(s => s.Actions).WithOne().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Actions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(s => s.Addenda).WithOne().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Addenda).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(s => s.LearningAreas).WithOne().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.LearningAreas).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SupervisionActionConfiguration : IEntityTypeConfiguration<SupervisionAction>
{
    public void Configure(EntityTypeBuilder<SupervisionAction> builder)
    {
        builder.ToTable("SupervisionActions");
        builder.Property(a => a.Text).HasMaxLength(FieldLengths.ShortText).IsRequired();
        builder.Property(a => a.Owner).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(a => new { a.SessionId, a.Status });
    }
}

internal sealed class SessionAddendumConfiguration : IEntityTypeConfiguration<SessionAddendum>
{
    public void Configure(EntityTypeBuilder<SessionAddendum> builder)
    {
        builder.ToTable("SessionAddenda");
        builder.Property(a => a.Text).HasMaxLength(FieldLengths.LongText).IsRequired();
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.ByStaffId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SessionLearningAreaConfiguration : IEntityTypeConfiguration<SessionLearningArea>
{
    public void Configure(EntityTypeBuilder<SessionLearningArea> builder)
    {
        builder.ToTable("SessionLearningAreas");
        builder.HasKey(a => new { a.SessionId, a.AreaId });
        builder.HasOne<CompetenceArea>().WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RoleSupervisionPolicyConfiguration : IEntityTypeConfiguration<RoleSupervisionPolicy>
{
    public void Configure(EntityTypeBuilder<RoleSupervisionPolicy> builder)
    {
        builder.ToTable("SupervisionPolicies");
        builder.Property(p => p.Frequency).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(p => p.Policy);
        builder.HasIndex(p => p.PathwayRoleId).IsUnique();
        builder.HasOne<PathwayRole>().WithMany().HasForeignKey(p => p.PathwayRoleId).OnDelete(DeleteBehavior.Cascade);
    }
}
