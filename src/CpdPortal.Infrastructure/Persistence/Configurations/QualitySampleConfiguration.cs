using CpdPortal.Domain.Activities;
using CpdPortal.Domain.PracticeQuality;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class QualitySampleConfiguration : IEntityTypeConfiguration<QualitySample>
{
    public void Configure(EntityTypeBuilder<QualitySample> builder)
    {
        builder.ToTable("QualitySamples");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Percent).HasPrecision(5, 1);
        builder.Property(s => s.DrawnByAccountId).HasMaxLength(450).IsRequired();
        builder.HasMany(s => s.Reviews).WithOne().HasForeignKey(r => r.SampleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Reviews).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The reviewer's own rounds, newest first.
        builder.HasIndex(s => new { s.DrawnByAccountId, s.DrawnAt });
    }
}

internal sealed class QualityReviewConfiguration : IEntityTypeConfiguration<QualityReview>
{
    public void Configure(EntityTypeBuilder<QualityReview> builder)
    {
        builder.ToTable("QualityReviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Feedback).HasMaxLength(QualityReview.FeedbackMaxLength);
        builder.HasOne<CpdActivity>().WithMany().HasForeignKey(r => r.ActivityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.Restrict);

        // An entry is drawn at most once per round; the practitioner's page finds reviews of an entry.
        builder.HasIndex(r => new { r.SampleId, r.ActivityId }).IsUnique();
        builder.HasIndex(r => r.ActivityId);
    }
}
