using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;

namespace CpdPortal.IntegrationTests.Health;

/// <summary>/health: open to anyone, for outside checks, and says nothing about anybody.</summary>
public sealed class HealthTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    public static TheoryData<string> Everyone => [.. Who.Everyone];

    [Theory]
    [MemberData(nameof(Everyone))]
    public async Task Get_Health_AnswersHealthyAndNothingElse(string who)
    {
        // Arrange
        using var client = factory.CreateClientFor(who);

        // Act
        using var response = await client.GetAsync("/health");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(response.Headers, h => h.Key.StartsWith("Set-Cookie", StringComparison.OrdinalIgnoreCase));
    }
}
