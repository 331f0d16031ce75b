using CpdPortal.Domain.ReflectionQuality;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class IdentifyingDetailsConfirmationConfiguration : IEntityTypeConfiguration<IdentifyingDetailsConfirmation>
{
    public void Configure(EntityTypeBuilder<IdentifyingDetailsConfirmation> builder)
    {
        builder.ToTable("IdentifyingDetailsConfirmations");
        builder.Property(c => c.RecordType).HasMaxLength(IdentifyingDetailsConfirmation.RecordTypeMaxLength).IsRequired();
        builder.Property(c => c.Field).HasMaxLength(IdentifyingDetailsConfirmation.FieldMaxLength).IsRequired();
        builder.Property(c => c.Kinds).HasMaxLength(IdentifyingDetailsConfirmation.KindsMaxLength).IsRequired();
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.StaffMemberId).OnDelete(DeleteBehavior.Cascade);

        // A record's confirmations, and a person's, newest first.
        builder.HasIndex(c => new { c.RecordType, c.RecordId });
        builder.HasIndex(c => new { c.StaffMemberId, c.ConfirmedAt });
    }
}
