using CpdPortal.Domain.Common;
using CpdPortal.Domain.Training;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class CourseSessionConfiguration : IEntityTypeConfiguration<CourseSession>
{
    public void Configure(EntityTypeBuilder<CourseSession> builder)
    {
        builder.ToTable("CourseSessions");
        builder.Property(s => s.Venue).HasMaxLength(FieldLengths.Title);
        builder.Property(s => s.OnlineLink).HasMaxLength(CourseDetails.LinkMaxLength);
        builder.Property(s => s.Facilitator).HasMaxLength(FieldLengths.Name).IsRequired();

        // Two bookings of the last place at the same moment: the second save finds the version changed.
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.PlacesTaken);
        builder.Ignore(s => s.PlacesLeft);

        // Lists show upcoming sessions first, per course or all.
        builder.HasIndex(s => new { s.CourseId, s.StartsAt });
        builder.HasIndex(s => s.StartsAt);
        builder.HasOne(s => s.Course).WithMany().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Bookings).WithOne().HasForeignKey(b => b.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Bookings).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.ToTable("Bookings");
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Attendance).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.CertificateCode).HasMaxLength(CertificateCodes.Length);

        // My bookings (home page, overlap check); one certificate per code; one completion per activity.
        builder.HasIndex(b => new { b.StaffMemberId, b.Status });
        builder.HasIndex(b => b.CertificateCode).IsUnique();
        builder.HasIndex(b => b.ActivityId).IsUnique();
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(b => b.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(b => b.IsCompleted);
        builder.HasOne(b => b.Activity).WithMany().HasForeignKey(b => b.ActivityId).OnDelete(DeleteBehavior.Restrict);
    }
}
