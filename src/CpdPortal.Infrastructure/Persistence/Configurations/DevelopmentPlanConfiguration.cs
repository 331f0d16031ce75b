using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Planning;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class DevelopmentPlanConfiguration : IEntityTypeConfiguration<DevelopmentPlan>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlan> builder)
    {
        builder.ToTable("DevelopmentPlans");
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(24);
        builder.Ignore(p => p.IsEditable);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.StaffMemberId, p.YearStart }).IsUnique();
        builder.HasIndex(p => p.Status);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.StaffMemberId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(p => p.Goals).WithOne().HasForeignKey(g => g.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Goals).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Transitions).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Transitions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PlanGoalConfiguration : IEntityTypeConfiguration<PlanGoal>
{
    public void Configure(EntityTypeBuilder<PlanGoal> builder)
    {
        builder.ToTable("PlanGoals");
        builder.Property(g => g.PlannedActivities).HasMaxLength(FieldLengths.LongText).IsRequired();
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<CompetenceArea>().WithMany().HasForeignKey(g => g.AreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlanTransitionConfiguration : IEntityTypeConfiguration<PlanTransition>
{
    public void Configure(EntityTypeBuilder<PlanTransition> builder)
    {
        builder.ToTable("PlanTransitions");
        builder.Property(t => t.From).HasConversion<string>().HasMaxLength(24);
        builder.Property(t => t.To).HasConversion<string>().HasMaxLength(24);
        builder.Property(t => t.Comment).HasMaxLength(DevelopmentPlan.CommentMaxLength);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.ByStaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
