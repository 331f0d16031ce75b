using CpdPortal.Domain.Reporting;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

/// <summary>The stage history the stages-over-time report reads (docs/adr/0036).</summary>
internal sealed class StagePeriodConfiguration : IEntityTypeConfiguration<StagePeriod>
{
    public void Configure(EntityTypeBuilder<StagePeriod> builder)
    {
        builder.ToTable("StagePeriods");

        // A person's periods in an area are found (and replaced) by the key; a report reads the periods standing on
        // its dates: Until after the first date, From on or before the last (the Until index, From read from it).
        builder.HasKey(p => new { p.StaffMemberId, p.AreaId, p.From });
        builder.HasIndex(p => new { p.Until, p.From, p.StaffMemberId, p.AreaId, p.Stage });
        builder.Property(p => p.Stage).HasConversion<int>();
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
