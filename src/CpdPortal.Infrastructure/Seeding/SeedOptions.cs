namespace CpdPortal.Infrastructure.Seeding;

/// <summary>Configuration section "DemoSeed".</summary>
public sealed class SeedOptions
{
    public const string SectionName = "DemoSeed";

    /// <summary>The shared password of the demo accounts (CONTRACT.md). Not a secret: demo data only.</summary>
    public const string DemoPassword = "Demo-Passw0rd!";

    public const string DemoEmailDomain = "demo.test";

    /// <summary>Seed the demo council into a new database. Default on, except in Production (see Program.cs).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many synthetic staff to add beside the named demo accounts (about 140 by default).</summary>
    public int SyntheticStaff { get; set; } = 140;

    /// <summary>Fixed so that every run of the seed makes the same council.</summary>
    public int RandomSeed { get; set; } = 20151001;
}
