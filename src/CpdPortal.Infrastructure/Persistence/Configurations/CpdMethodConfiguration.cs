using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class CpdMethodConfiguration : IEntityTypeConfiguration<CpdMethod>
{
    public void Configure(EntityTypeBuilder<CpdMethod> builder)
    {
        builder.ToTable("CpdMethods");
        builder.Property(m => m.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.HasIndex(m => m.Name).IsUnique();
    }
}
