using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Activities;

/// <summary>A way of learning (workshop, supervision, reading...). Whether it counts towards the training entitlement is data.</summary>
public sealed class CpdMethod
{
    private CpdMethod()
    {
        Name = string.Empty;
    }

    public CpdMethod(string name, bool countsTowardsEntitlement, int order)
    {
        Name = Guard.Text(name, FieldLengths.Name, "method.name", "the method name");
        CountsTowardsEntitlement = countsTowardsEntitlement;
        Order = order;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public bool CountsTowardsEntitlement { get; private set; }

    public int Order { get; private set; }

    public bool IsActive { get; private set; } = true;

    public void Retire() => IsActive = false;
}
