using CpdPortal.Domain.Common;
using CpdPortal.Domain.Pathways;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class PathwayRoleConfiguration : IEntityTypeConfiguration<PathwayRole>
{
    public void Configure(EntityTypeBuilder<PathwayRole> builder)
    {
        builder.ToTable("PathwayRoles");
        builder.Property(r => r.Title).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(r => r.Description).HasMaxLength(FieldLengths.LongText);
        builder.HasIndex(r => new { r.PathwayId, r.Step });
        builder.HasIndex(r => new { r.PathwayId, r.Title }).IsUnique();

        builder.HasMany(r => r.Expectations).WithOne().HasForeignKey(e => e.RoleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Expectations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Courses).WithOne().HasForeignKey(c => c.RoleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Courses).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Certifications).WithOne().HasForeignKey(c => c.RoleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Certifications).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
