using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class SupervisorLineConfiguration : IEntityTypeConfiguration<SupervisorLine>
{
    public void Configure(EntityTypeBuilder<SupervisorLine> builder)
    {
        builder.ToTable("SupervisorLines");
        builder.Property(l => l.ChangedBy).HasMaxLength(SupervisorLine.ChangedByMaxLength).IsRequired();
        builder.Ignore(l => l.IsCurrent);
        builder.HasIndex(l => new { l.SuperviseeId, l.To });
        // A supervisor's current lines (To is null) without reading their history (ADR 0026).
        builder.HasIndex(l => new { l.SupervisorId, l.To });
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(l => l.SuperviseeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Supervisor).WithMany().HasForeignKey(l => l.SupervisorId).OnDelete(DeleteBehavior.Restrict);
    }
}
