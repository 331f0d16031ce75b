using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class WorkingPatternChangeConfiguration : IEntityTypeConfiguration<WorkingPatternChange>
{
    public void Configure(EntityTypeBuilder<WorkingPatternChange> builder)
    {
        builder.ToTable("WorkingPatternChanges");
        builder.Property(c => c.FromFte).HasPrecision(5, 4);
        builder.Property(c => c.ToFte).HasPrecision(5, 4);
        builder.Property(c => c.ChangedBy).HasMaxLength(WorkingPatternChange.ChangedByMaxLength).IsRequired();
        // The staff page reads one person's changes, newest first.
        builder.HasIndex(c => new { c.StaffMemberId, c.ChangedAt });
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
