using CpdPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class FormSubmissionConfiguration : IEntityTypeConfiguration<FormSubmission>
{
    public void Configure(EntityTypeBuilder<FormSubmission> builder)
    {
        builder.ToTable("FormSubmissions");

        // The form instance id is the key: a second insert of the same form fails in the database, even at once.
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.AccountId).HasMaxLength(FormSubmission.AccountIdMaxLength).IsRequired();
        builder.Property(s => s.RecordType).HasMaxLength(FormSubmission.RecordTypeMaxLength).IsRequired();

        // For a later retention job that deletes rows older than 30 days.
        builder.HasIndex(s => s.CreatedAt);
    }
}
