using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class AreaStageDescriptorConfiguration : IEntityTypeConfiguration<AreaStageDescriptor>
{
    public void Configure(EntityTypeBuilder<AreaStageDescriptor> builder)
    {
        builder.ToTable("AreaStageDescriptors");
        builder.Property(d => d.Text).HasMaxLength(FieldLengths.LongText).IsRequired();
        builder.HasIndex(d => new { d.AreaId, d.Stage }).IsUnique();
    }
}
