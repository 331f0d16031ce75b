namespace CpdPortal.TestCommon;

/// <summary>The demo council's accounts (CONTRACT.md), for integration and browser tests.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo-Passw0rd!";

    public static readonly DemoAccount Sam = new("sam.patel@demo.test", "Sam Patel", ["Practitioner"], HasStaffRecord: true);
    public static readonly DemoAccount Jo = new("jo.okafor@demo.test", "Jo Okafor", ["Practitioner"], HasStaffRecord: true);
    public static readonly DemoAccount Alex = new("alex.morgan@demo.test", "Alex Morgan", ["Practitioner", "Supervisor"], HasStaffRecord: true);
    public static readonly DemoAccount Chris = new("chris.lee@demo.test", "Chris Lee", ["Practitioner", "Supervisor"], HasStaffRecord: true);
    public static readonly DemoAccount Lee = new("lee.harris@demo.test", "Lee Harris", ["Practitioner", "LearningAndDevelopment"], HasStaffRecord: true);
    public static readonly DemoAccount Ade = new("ade.admin@demo.test", "Ade Admin", ["Administrator"], HasStaffRecord: false);

    /// <summary>The Practice quality reviewer (issue 16, ADR 0028): not one of CONTRACT.md's six, added beside them.</summary>
    public static readonly DemoAccount Pat = new("pat.quinn@demo.test", "Pat Quinn", ["PracticeQuality"], HasStaffRecord: false);

    /// <summary>CONTRACT.md's six accounts.</summary>
    public static IReadOnlyList<DemoAccount> All { get; } = [Sam, Jo, Alex, Chris, Lee, Ade];

    /// <summary>Every account the demo seed creates: the six and the reviewer.</summary>
    public static IReadOnlyList<DemoAccount> Seeded { get; } = [.. All, Pat];
}

public sealed record DemoAccount(string Email, string DisplayName, IReadOnlyList<string> Roles, bool HasStaffRecord)
{
    public override string ToString() => Email;
}
