namespace CpdPortal.Web.Infrastructure;

/// <summary>Configuration section "Council": who runs this portal.</summary>
public sealed class CouncilOptions
{
    public const string SectionName = "Council";

    public string Name { get; set; } = "Demo Borough Council";

    public const string ServiceName = "CPD Portal";
}
