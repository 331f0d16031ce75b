using CpdPortal.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class EvidenceContentConfiguration : IEntityTypeConfiguration<EvidenceContent>
{
    public void Configure(EntityTypeBuilder<EvidenceContent> builder)
    {
        // BLOB on SQLite, bytea on PostgreSQL, varbinary(max) on SQL Server.
        builder.ToTable("EvidenceContents");
        builder.HasKey(c => c.StoredName);
        builder.Property(c => c.StoredName).HasMaxLength(EvidenceContent.StoredNameMaxLength);
        builder.Property(c => c.Content).IsRequired();
    }
}
