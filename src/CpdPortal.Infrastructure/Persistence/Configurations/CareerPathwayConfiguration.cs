using CpdPortal.Domain.Common;
using CpdPortal.Domain.Pathways;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class CareerPathwayConfiguration : IEntityTypeConfiguration<CareerPathway>
{
    public void Configure(EntityTypeBuilder<CareerPathway> builder)
    {
        builder.ToTable("CareerPathways");
        builder.Property(p => p.Name).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(FieldLengths.LongText);
        builder.HasIndex(p => p.Name).IsUnique();

        builder.HasMany(p => p.Roles).WithOne(r => r.Pathway).HasForeignKey(r => r.PathwayId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Roles).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
