using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class StageAssessmentConfiguration : IEntityTypeConfiguration<StageAssessment>
{
    public void Configure(EntityTypeBuilder<StageAssessment> builder)
    {
        builder.ToTable("StageAssessments");
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Note).HasMaxLength(StageAssessment.EvidenceMaxLength);
        builder.HasIndex(a => new { a.StaffMemberId, a.AreaId, a.AssessedAt });
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.AssessedByStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CompetenceArea>().WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Restrict);
    }
}
