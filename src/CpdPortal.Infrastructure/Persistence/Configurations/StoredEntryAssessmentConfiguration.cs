using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

/// <summary>Each entry's registration criteria as last worked out from its writing (docs/adr/0039).</summary>
internal sealed class StoredEntryAssessmentConfiguration : IEntityTypeConfiguration<StoredEntryAssessment>
{
    public void Configure(EntityTypeBuilder<StoredEntryAssessment> builder)
    {
        builder.ToTable("EntryAssessments");

        // Read by the entry's id (joined to the person's entries, which are found by their own index); the upkeep and
        // the rebuild replace a person's rows (the staff index). Removed with the entry.
        builder.HasKey(a => a.ActivityId);
        builder.Property(a => a.ActivityId).ValueGeneratedNever();
        builder.HasIndex(a => a.StaffMemberId);
        builder.HasOne<CpdActivity>().WithOne().HasForeignKey<StoredEntryAssessment>(a => a.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}
