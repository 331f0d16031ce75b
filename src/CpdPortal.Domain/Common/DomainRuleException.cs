namespace CpdPortal.Domain.Common;

/// <summary>
/// A business rule was broken. The web layer turns this into a form message (400), never a 500.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException()
    {
    }

    public DomainRuleException(string message)
        : base(message)
    {
    }

    public DomainRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DomainRuleException(string rule, string message)
        : base(message)
    {
        Rule = rule;
    }

    /// <summary>A stable code for the rule, e.g. "supervision.self".</summary>
    public string Rule { get; } = "domain";
}
