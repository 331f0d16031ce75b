using CpdPortal.Domain.Common;
using CpdPortal.Domain.Pathways;
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
        builder.Property(c => c.VleLink).HasMaxLength(CourseDetails.LinkMaxLength);
        builder.Property(c => c.Hours).HasPrecision(6, 2);
        builder.Property(c => c.CreditsDescription).HasMaxLength(FieldLengths.ShortText);

        // The catalogue and the browse page filter on retired, delivery and search the title.
        builder.HasIndex(c => c.Title);
        builder.HasIndex(c => new { c.RetiredOn, c.Delivery });
        builder.HasMany(c => c.Mappings).WithOne().HasForeignKey(m => m.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Mappings).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Tags).WithOne().HasForeignKey(t => t.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Tags).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Roles).WithOne().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Roles).UsePropertyAccessMode(PropertyAccessMode.Field);
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

internal sealed class CourseTagConfiguration : IEntityTypeConfiguration<CourseTag>
{
    public void Configure(EntityTypeBuilder<CourseTag> builder)
    {
        builder.ToTable("CourseTags");
        builder.HasKey(t => new { t.CourseId, t.TagId });
        builder.HasIndex(t => t.TagId);
        builder.HasOne<PracticeTag>().WithMany().HasForeignKey(t => t.TagId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CourseRoleConfiguration : IEntityTypeConfiguration<CourseRole>
{
    public void Configure(EntityTypeBuilder<CourseRole> builder)
    {
        builder.ToTable("CourseRoles");
        builder.HasKey(r => new { r.CourseId, r.PathwayRoleId });
        builder.HasIndex(r => r.PathwayRoleId);
        builder.HasOne<PathwayRole>().WithMany().HasForeignKey(r => r.PathwayRoleId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PracticeTagConfiguration : IEntityTypeConfiguration<PracticeTag>
{
    public void Configure(EntityTypeBuilder<PracticeTag> builder)
    {
        builder.ToTable("PracticeTags");
        builder.Property(t => t.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.HasIndex(t => t.Name).IsUnique();
    }
}
