using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class CompetenceFrameworkConfiguration : IEntityTypeConfiguration<CompetenceFramework>
{
    public void Configure(EntityTypeBuilder<CompetenceFramework> builder)
    {
        builder.ToTable("CompetenceFrameworks");
        builder.Property(f => f.Code).HasMaxLength(FieldLengths.Code).IsRequired();
        builder.Property(f => f.Name).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(f => f.Description).HasMaxLength(FieldLengths.LongText);
        builder.Property(f => f.Audience).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(f => f.IsPublished);
        builder.Ignore(f => f.Status);
        builder.HasIndex(f => new { f.Code, f.SupersededOn });
        builder.HasIndex(f => new { f.Code, f.Version }).IsUnique();

        builder.HasMany(f => f.Areas).WithOne(a => a.Framework).HasForeignKey(a => a.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Areas).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
