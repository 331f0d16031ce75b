using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Infrastructure;

/// <summary>The columns of the authorization matrix: a signed-out visitor and each demo account, by email.</summary>
public static class Who
{
    public const string Anonymous = "anonymous";

    public static IReadOnlyList<string> Everyone { get; } = [Anonymous, .. DemoAccounts.All.Select(a => a.Email)];
}
