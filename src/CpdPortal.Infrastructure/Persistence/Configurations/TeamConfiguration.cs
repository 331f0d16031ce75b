using CpdPortal.Domain.Common;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("Teams");
        builder.Property(t => t.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(FieldLengths.ShortText);
        builder.HasIndex(t => t.Name).IsUnique();
        builder.Ignore(t => t.IsActive);
    }
}
