using CpdPortal.Domain.Notifications;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.ToTable("EmailOutbox");
        builder.Property(e => e.IdempotencyKey).HasMaxLength(OutboxEmail.IdempotencyKeyMaxLength).IsRequired();
        builder.HasIndex(e => e.IdempotencyKey).IsUnique();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40).IsRequired();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20).IsRequired();
        builder.Property(e => e.Subject).HasMaxLength(OutboxEmail.SubjectMaxLength).IsRequired();
        builder.Property(e => e.Body).HasMaxLength(OutboxEmail.BodyMaxLength).IsRequired();
        builder.Property(e => e.Link).HasMaxLength(Notification.LinkMaxLength).IsRequired();
        builder.Property(e => e.Calendar).HasMaxLength(OutboxEmail.CalendarMaxLength);
        builder.Property(e => e.ClaimToken).HasMaxLength(OutboxEmail.ClaimTokenMaxLength);
        builder.Property(e => e.LastError).HasMaxLength(OutboxEmail.LastErrorMaxLength);

        // The sender's query (due rows by status and time), the admin page's filter (status, newest first), the
        // digest's (held rows per person) and the calendar SEQUENCE count (a person's rows for one session).
        builder.HasIndex(e => new { e.Status, e.NextAttemptAt });
        builder.HasIndex(e => new { e.Status, e.CreatedAt });
        builder.HasIndex(e => new { e.RecipientStaffId, e.Status });
        builder.HasIndex(e => new { e.RecipientStaffId, e.CalendarSessionId });
        builder.HasIndex(e => e.CreatedAt);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(e => e.RecipientStaffId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EmailPreferenceConfiguration : IEntityTypeConfiguration<EmailPreference>
{
    public void Configure(EntityTypeBuilder<EmailPreference> builder)
    {
        builder.ToTable("EmailPreferences");
        builder.HasKey(p => p.StaffMemberId);
        builder.Property(p => p.StaffMemberId).ValueGeneratedNever();
        builder.Property(p => p.Frequency).HasConversion<string>().HasMaxLength(20).IsRequired();
        builder.Property(p => p.StoppedKinds).HasMaxLength(EmailPreference.StoppedKindsMaxLength).IsRequired();
        builder.Ignore(p => p.Stopped);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScheduledNoticeConfiguration : IEntityTypeConfiguration<ScheduledNotice>
{
    public void Configure(EntityTypeBuilder<ScheduledNotice> builder)
    {
        builder.ToTable("ScheduledNotices");
        builder.HasKey(n => n.Key);
        builder.Property(n => n.Key).HasMaxLength(ScheduledNotice.KeyMaxLength).ValueGeneratedNever();
    }
}
