using CpdPortal.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("JobLeases");
        builder.HasKey(l => l.JobName);
        builder.Property(l => l.JobName).HasMaxLength(JobLease.JobNameMaxLength);
        builder.Property(l => l.HolderId).HasMaxLength(JobLease.HolderIdMaxLength).IsRequired();
    }
}
