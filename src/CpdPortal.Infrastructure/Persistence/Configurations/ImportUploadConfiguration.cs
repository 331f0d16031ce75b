using CpdPortal.Domain.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class ImportUploadConfiguration : IEntityTypeConfiguration<ImportUpload>
{
    public void Configure(EntityTypeBuilder<ImportUpload> builder)
    {
        builder.ToTable("ImportUploads");
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(u => u.UploadedBy).HasMaxLength(ImportUpload.AccountIdMaxLength).IsRequired();
        builder.Property(u => u.FileName).HasMaxLength(ImportUpload.FileNameMaxLength).IsRequired();
        builder.Property(u => u.Content).IsRequired();
        builder.HasIndex(u => u.UploadedAt);
    }
}
