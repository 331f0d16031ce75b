namespace CpdPortal.Domain.Common;

/// <summary>
/// Several rules broken at once, each tied to the field it concerns, so a form can show every message beside its
/// field in one go. The web layer turns it into a 400 with an error summary.
/// </summary>
public sealed class DomainValidationException : Exception
{
    public DomainValidationException()
    {
        Errors = [];
    }

    public DomainValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    public DomainValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public DomainValidationException(IReadOnlyList<FieldError> errors)
        : base(string.Join("; ", errors.Select(e => e.Message)))
    {
        Errors = errors;
    }

    public IReadOnlyList<FieldError> Errors { get; }
}

/// <summary>A rule broken by one field: the field's name as the form knows it, and a GOV.UK-style message.</summary>
public sealed record FieldError(string Field, string Message);
