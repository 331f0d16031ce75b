using CpdPortal.Domain.Common;
using CpdPortal.Domain.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("Courses");
        builder.Property(c => c.Title).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(c => c.Summary).HasMaxLength(FieldLengths.LongText);
        builder.Property(c => c.Provider).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(c => c.Delivery).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Hours).HasPrecision(6, 2);
        builder.HasIndex(c => c.Title);
        builder.HasMany(c => c.Mappings).WithOne().HasForeignKey(m => m.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Mappings).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CourseMappingConfiguration : IEntityTypeConfiguration<CourseMapping>
{
    public void Configure(EntityTypeBuilder<CourseMapping> builder)
    {
        builder.ToTable("CourseMappings");
        builder.HasIndex(m => new { m.CourseId, m.AreaId, m.Stage }).IsUnique();
        builder.HasIndex(m => new { m.AreaId, m.Stage });
        builder.HasOne(m => m.Area).WithMany().HasForeignKey(m => m.AreaId).OnDelete(DeleteBehavior.Restrict);
    }
}
