using CpdPortal.Domain.Common;
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
        builder.Property(s => s.CouncilName).HasMaxLength(FieldLengths.Name);
        builder.Property(s => s.CaseIdentifierPatterns).HasMaxLength(IdentifyingDetailsSettings.MaxLength);
        builder.Property(s => s.SchoolNames).HasMaxLength(IdentifyingDetailsSettings.MaxLength);
        builder.Property(s => s.KnownPhrases).HasMaxLength(IdentifyingDetailsSettings.MaxLength);

        // Existing databases get the same default as a new settings row.
        builder.Property(s => s.LeaverRetentionYears).HasDefaultValue(6).ValueGeneratedNever();
        builder.Property(s => s.EntitlementProRata).HasDefaultValue(true).ValueGeneratedNever();
    }
}
