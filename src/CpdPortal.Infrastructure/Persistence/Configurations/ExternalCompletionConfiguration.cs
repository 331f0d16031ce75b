using CpdPortal.Domain.Imports;
using CpdPortal.Domain.Training;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class ExternalCompletionConfiguration : IEntityTypeConfiguration<ExternalCompletion>
{
    public void Configure(EntityTypeBuilder<ExternalCompletion> builder)
    {
        builder.ToTable("ExternalCompletions");

        // Exactly once per person, course and date: importing the same file again makes no second entry.
        builder.HasIndex(c => new { c.StaffMemberId, c.CourseId, c.CompletedOn }).IsUnique();
        builder.HasIndex(c => c.CourseId);
        builder.HasIndex(c => c.CpdActivityId).IsUnique();
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Activity).WithMany().HasForeignKey(c => c.CpdActivityId).OnDelete(DeleteBehavior.Restrict);
    }
}
