using CpdPortal.Domain.Common;
using CpdPortal.Domain.Workforce;
using CpdPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(FieldLengths.Name * 2 + 1).IsRequired();
        builder.HasIndex(u => u.StaffMemberId).IsUnique();
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(u => u.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
