using CpdPortal.Domain.Training;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class CourseFeedbackConfiguration : IEntityTypeConfiguration<CourseFeedback>
{
    public void Configure(EntityTypeBuilder<CourseFeedback> builder)
    {
        builder.ToTable("CourseFeedback");
        builder.Property(f => f.Comment).HasMaxLength(CourseFeedback.CommentMaxLength);
        builder.Ignore(f => f.ConfidenceShift);

        // One feedback per completion, even when the form is sent twice at once; results group by course.
        builder.HasIndex(f => f.BookingId).IsUnique();
        builder.HasIndex(f => new { f.CourseId, f.SubmittedAt });
        builder.HasOne<Booking>().WithMany().HasForeignKey(f => f.BookingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Course>().WithMany().HasForeignKey(f => f.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(f => f.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PracticeFollowUpConfiguration : IEntityTypeConfiguration<PracticeFollowUp>
{
    public void Configure(EntityTypeBuilder<PracticeFollowUp> builder)
    {
        builder.ToTable("PracticeFollowUps");
        builder.Property(f => f.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Comment).HasMaxLength(PracticeFollowUp.CommentMaxLength);
        builder.Ignore(f => f.IsAnswered);

        // Two supervisors answering at the same moment (a line changed meanwhile): the second save finds it answered.
        builder.Property(f => f.AnsweredAt).IsConcurrencyToken();

        // One follow-up per completion (the daily request job may run twice); a supervisor's list filters by
        // attendee and answered; results group by course.
        builder.HasIndex(f => f.BookingId).IsUnique();
        builder.HasIndex(f => new { f.StaffMemberId, f.AnsweredAt });
        builder.HasIndex(f => new { f.CourseId, f.AnsweredAt });
        builder.HasOne<Booking>().WithMany().HasForeignKey(f => f.BookingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Course>().WithMany().HasForeignKey(f => f.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(f => f.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(f => f.AnsweredByStaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
