using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Pathways;
using CpdPortal.Domain.Survey;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class SurveyRoundConfiguration : IEntityTypeConfiguration<SurveyRound>
{
    public void Configure(EntityTypeBuilder<SurveyRound> builder)
    {
        builder.ToTable("SurveyRounds");
        builder.Property(r => r.Title).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Ignore(r => r.LastDay);
        builder.HasIndex(r => r.OpenedOn);
        builder.HasIndex(r => new { r.ClosedEarlyOn, r.ClosingDate });
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("SurveyResponses");
        builder.Property(r => r.OtherBarrier).HasMaxLength(SurveyResponse.OtherBarrierMaxLength);

        // One answer per person per round, whatever races past the service's check.
        builder.HasIndex(r => new { r.RoundId, r.StaffMemberId }).IsUnique();
        builder.HasIndex(r => new { r.RoundId, r.TeamId });
        builder.HasIndex(r => new { r.RoundId, r.PathwayRoleId });
        builder.HasOne<SurveyRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PathwayRole>().WithMany().HasForeignKey(r => r.PathwayRoleId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(r => r.Ratings).WithOne().HasForeignKey(r => r.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Ratings).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Wishes).WithOne().HasForeignKey(w => w.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Wishes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Barriers).WithOne().HasForeignKey(b => b.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Barriers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SurveyRatingConfiguration : IEntityTypeConfiguration<SurveyRating>
{
    public void Configure(EntityTypeBuilder<SurveyRating> builder)
    {
        builder.ToTable("SurveyRatings");
        builder.HasIndex(r => new { r.ResponseId, r.MethodId }).IsUnique();
        builder.HasIndex(r => r.MethodId);
        builder.HasOne<CpdMethod>().WithMany().HasForeignKey(r => r.MethodId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SurveyWishConfiguration : IEntityTypeConfiguration<SurveyWish>
{
    public void Configure(EntityTypeBuilder<SurveyWish> builder)
    {
        builder.ToTable("SurveyWishes");
        builder.HasIndex(w => new { w.ResponseId, w.MethodId }).IsUnique();
        builder.HasIndex(w => w.MethodId);
        builder.HasOne<CpdMethod>().WithMany().HasForeignKey(w => w.MethodId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SurveyBarrierAnswerConfiguration : IEntityTypeConfiguration<SurveyBarrierAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyBarrierAnswer> builder)
    {
        builder.ToTable("SurveyBarriers");
        builder.HasIndex(b => new { b.ResponseId, b.Barrier }).IsUnique();
    }
}
