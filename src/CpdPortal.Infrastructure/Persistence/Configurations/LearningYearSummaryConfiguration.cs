using CpdPortal.Domain.Reporting;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

/// <summary>The per-person learning-year summaries the reports read (docs/adr/0030).</summary>
internal sealed class LearningYearSummaryConfiguration : IEntityTypeConfiguration<LearningYearSummary>
{
    public void Configure(EntityTypeBuilder<LearningYearSummary> builder)
    {
        builder.ToTable("LearningYearSummaries");

        // A person's row for a year is found by its key; the reports read one year for everyone (the year index).
        builder.HasKey(s => new { s.StaffMemberId, s.YearStart });
        builder.HasIndex(s => s.YearStart);
        builder.Property(s => s.EntitlementHours).HasPrecision(9, 2);
        builder.Property(s => s.CertificatedHours).HasPrecision(9, 2);
        builder.Property(s => s.Quarter1Hours).HasPrecision(9, 2);
        builder.Property(s => s.Quarter2Hours).HasPrecision(9, 2);
        builder.Property(s => s.Quarter3Hours).HasPrecision(9, 2);
        builder.Property(s => s.Quarter4Hours).HasPrecision(9, 2);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
