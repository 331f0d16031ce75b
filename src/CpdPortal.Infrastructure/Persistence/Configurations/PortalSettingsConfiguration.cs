using CpdPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdPortal.Infrastructure.Persistence.Configurations;

internal sealed class PortalSettingsConfiguration : IEntityTypeConfiguration<PortalSettings>
{
    public void Configure(EntityTypeBuilder<PortalSettings> builder)
    {
        builder.ToTable("PortalSettings");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.EntitlementDays).HasPrecision(5, 2);
        builder.Property(s => s.WorkingDayHours).HasPrecision(4, 2);
        builder.Ignore(s => s.LearningYear);
        builder.Ignore(s => s.RegistrationRule);
    }
}
