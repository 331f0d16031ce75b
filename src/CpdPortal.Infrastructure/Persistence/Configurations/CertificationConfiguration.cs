using CpdPortal.Domain.Certifications;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Pathways;
using CpdPortal.Domain.Training;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class CertificationConfiguration : IEntityTypeConfiguration<Certification>
{
    public void Configure(EntityTypeBuilder<Certification> builder)
    {
        builder.ToTable("Certifications");
        builder.Property(c => c.Name).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(FieldLengths.ShortText);
        builder.Ignore(c => c.Rule);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.HasMany(c => c.Courses).WithOne().HasForeignKey(c => c.CertificationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Courses).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CertificationCourseConfiguration : IEntityTypeConfiguration<CertificationCourse>
{
    public void Configure(EntityTypeBuilder<CertificationCourse> builder)
    {
        builder.ToTable("CertificationCourses");
        builder.HasKey(c => new { c.CertificationId, c.CourseId });
        // "Which certifications does this course grant?" when a completion is recorded.
        builder.HasIndex(c => c.CourseId);
        builder.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RoleCertificationConfiguration : IEntityTypeConfiguration<RoleCertification>
{
    public void Configure(EntityTypeBuilder<RoleCertification> builder)
    {
        builder.ToTable("RoleCertifications");
        builder.HasKey(c => new { c.RoleId, c.CertificationId });
        builder.HasIndex(c => c.CertificationId);
        builder.HasOne<Certification>().WithMany().HasForeignKey(c => c.CertificationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CertificationAwardConfiguration : IEntityTypeConfiguration<CertificationAward>
{
    public void Configure(EntityTypeBuilder<CertificationAward> builder)
    {
        builder.ToTable("CertificationAwards");
        builder.Ignore(a => a.Period);
        // One period per person, certification and completion day: recording the same completion twice adds nothing.
        // Also the index every "latest period" subquery and a person's history read.
        builder.HasIndex(a => new { a.StaffMemberId, a.CertificationId, a.CompletedOn }).IsUnique();
        // The report and the notice job read by certification, then by expiry.
        builder.HasIndex(a => new { a.CertificationId, a.ExpiresOn });
        builder.HasIndex(a => a.CpdActivityId);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Certification>().WithMany().HasForeignKey(a => a.CertificationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Activity).WithMany().HasForeignKey(a => a.CpdActivityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CertificationNoticeConfiguration : IEntityTypeConfiguration<CertificationNotice>
{
    public void Configure(EntityTypeBuilder<CertificationNotice> builder)
    {
        builder.ToTable("CertificationNotices");
        // Each notice once per period, however often (and on however many instances) the job runs.
        builder.HasIndex(n => new { n.AwardId, n.Kind }).IsUnique();
        builder.HasOne<CertificationAward>().WithMany().HasForeignKey(n => n.AwardId).OnDelete(DeleteBehavior.Cascade);
    }
}
