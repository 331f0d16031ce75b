using CpdPortal.Domain.Pathways;
using CpdPortal.Domain.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class RoleCourseConfiguration : IEntityTypeConfiguration<RoleCourse>
{
    public void Configure(EntityTypeBuilder<RoleCourse> builder)
    {
        builder.ToTable("RoleCourses");
        builder.HasIndex(c => new { c.RoleId, c.CourseId }).IsUnique();
        builder.HasIndex(c => c.CourseId);
        builder.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);
    }
}
