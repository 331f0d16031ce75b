using CpdPortal.Domain.Notifications;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(n => n.Message).HasMaxLength(Notification.MessageMaxLength).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength).IsRequired();
        builder.Ignore(n => n.IsRead);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40).HasDefaultValue(NotificationKind.General).HasSentinel(NotificationKind.General).IsRequired();
        builder.HasIndex(n => new { n.RecipientStaffId, n.ReadAt, n.CreatedAt });
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(n => n.RecipientStaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
