using CpdPortal.Domain.Pathways;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class RoleExpectationConfiguration : IEntityTypeConfiguration<RoleExpectation>
{
    public void Configure(EntityTypeBuilder<RoleExpectation> builder)
    {
        builder.ToTable("RoleExpectations");
        builder.HasIndex(e => new { e.RoleId, e.AreaId }).IsUnique();
        builder.HasOne(e => e.Area).WithMany().HasForeignKey(e => e.AreaId).OnDelete(DeleteBehavior.Restrict);
    }
}
