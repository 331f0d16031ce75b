using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class CompetenceAreaConfiguration : IEntityTypeConfiguration<CompetenceArea>
{
    public void Configure(EntityTypeBuilder<CompetenceArea> builder)
    {
        builder.ToTable("CompetenceAreas");
        builder.Property(a => a.Name).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(FieldLengths.LongText);
        builder.HasIndex(a => new { a.FrameworkId, a.Order });
        builder.HasIndex(a => a.Key);
        builder.Ignore(a => a.IsFullyWorded);

        builder.HasMany(a => a.StageDescriptors).WithOne().HasForeignKey(d => d.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.StageDescriptors).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
