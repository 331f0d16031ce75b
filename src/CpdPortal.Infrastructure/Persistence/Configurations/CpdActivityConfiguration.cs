using CpdPortal.Application.Common;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Training;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class CpdActivityConfiguration : IEntityTypeConfiguration<CpdActivity>
{
    public void Configure(EntityTypeBuilder<CpdActivity> builder)
    {
        builder.ToTable("CpdActivities");
        builder.Property(a => a.Title).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(a => a.Hours).HasPrecision(6, 2);
        builder.Property(a => a.Description).HasMaxLength(FieldLengths.LongText);
        builder.Property(a => a.WhatLearnt).HasMaxLength(FieldLengths.LongText);
        builder.Property(a => a.Impact).HasMaxLength(FieldLengths.LongText);
        builder.Property(a => a.PeerName).HasMaxLength(FieldLengths.Name);
        builder.Property(a => a.PeerReflection).HasMaxLength(FieldLengths.LongText);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(a => a.IsDeleted);
        builder.Ignore(a => a.HasPeerReflection);

        // A deleted entry is hidden everywhere except where a query ignores this filter by name (ADR 0026).
        builder.HasQueryFilter(QueryFilters.SoftDeleted, a => a.DeletedAt == null);

        // The practitioner's list filters by owner, deleted or not (the filter above), and date; reports filter by date.
        builder.HasIndex(a => new { a.StaffMemberId, a.DeletedAt, a.Date });
        builder.HasIndex(a => new { a.StaffMemberId, a.CourseId });

        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Method).WithMany().HasForeignKey(a => a.MethodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Course>().WithMany().HasForeignKey(a => a.CourseId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(a => a.Areas).WithOne().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Areas).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.Evidence).WithOne().HasForeignKey(e => e.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ActivityAreaConfiguration : IEntityTypeConfiguration<ActivityArea>
{
    public void Configure(EntityTypeBuilder<ActivityArea> builder)
    {
        builder.ToTable("ActivityAreas");
        builder.HasKey(a => new { a.ActivityId, a.AreaId });
        builder.HasIndex(a => a.AreaId);
        builder.HasOne<CompetenceArea>().WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ToTable("EvidenceFiles");
        builder.Property(e => e.OriginalName).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(e => e.StoredName).HasMaxLength(64).IsRequired();
        builder.Property(e => e.ContentType).HasMaxLength(32).IsRequired();
        builder.HasIndex(e => e.StoredName).IsUnique();
    }
}
