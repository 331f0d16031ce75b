using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Certifications;

/// <summary>
/// What L&amp;D typed for a certification, before it is judged. Field names match the form's so that each broken rule
/// is shown beside its field. <see cref="Expires"/> null means the question was not answered.
/// </summary>
public sealed record CertificationDetails(
    string? Name,
    string? Description,
    bool? Expires,
    int? ValidityMonths,
    int? WindowLength,
    WindowUnit? WindowUnit,
    bool? EarlyRenewalKeepsRemainingTime,
    IReadOnlyCollection<int> CourseIds)
{
    /// <summary>The longest period a certification can last: 10 years.</summary>
    public const int MaxValidityMonths = 120;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add(new(nameof(Name), "Enter the certification's name"));
        }
        else if (Name.Trim().Length > FieldLengths.Title)
        {
            errors.Add(new(nameof(Name), $"The name must be {FieldLengths.Title} characters or fewer"));
        }

        if (Description is { } d && d.Trim().Length > FieldLengths.ShortText)
        {
            errors.Add(new(nameof(Description), $"The description must be {FieldLengths.ShortText} characters or fewer"));
        }

        switch (Expires)
        {
            case null:
                errors.Add(new(nameof(Expires), "Select whether the certification expires"));
                break;
            case true:
                ValidatePeriod(errors);
                break;
        }

        if (EarlyRenewalKeepsRemainingTime is null && Expires == true)
        {
            errors.Add(new(nameof(EarlyRenewalKeepsRemainingTime), "Select what an early renewal does to the time left"));
        }

        return errors;
    }

    /// <summary>The rule the details describe; only for details that passed <see cref="Validate"/>.</summary>
    public CertificationRule ToRule() => Expires == true
        ? new CertificationRule(ValidityMonths, WindowLength!.Value, WindowUnit!.Value, EarlyRenewalKeepsRemainingTime!.Value)
        : new CertificationRule(null, 0, Certifications.WindowUnit.Days, true);

    private void ValidatePeriod(List<FieldError> errors)
    {
        if (ValidityMonths is not { } months)
        {
            errors.Add(new(nameof(ValidityMonths), "Enter how many months the certification lasts, or choose no expiry"));
        }
        else if (months is < 1 or > MaxValidityMonths)
        {
            errors.Add(new(nameof(ValidityMonths), $"The certification must last between 1 and {MaxValidityMonths} months"));
        }

        if (WindowLength is not { } window)
        {
            errors.Add(new(nameof(WindowLength), "Enter how long before expiry people can renew"));
        }
        else if (WindowUnit is null)
        {
            errors.Add(new(nameof(WindowUnit), "Select days or months for the renewal window"));
        }
        else if (window < 1)
        {
            errors.Add(new(nameof(WindowLength), "The renewal window must be at least 1 day or month"));
        }
        else if (ValidityMonths is { } m and >= 1 and <= MaxValidityMonths && !FitsInside(window, WindowUnit.Value, m))
        {
            errors.Add(new(nameof(WindowLength), "The renewal window must be shorter than the time the certification lasts"));
        }
    }

    // Days are compared against the shortest the months can be (28 days each would be too strict; 30 is the rule).
    private static bool FitsInside(int window, WindowUnit unit, int months) =>
        unit == Certifications.WindowUnit.Months ? window < months : window < months * 30;
}

/// <summary>
/// A certification L&amp;D defines (for example "Safeguarding children level 3", every three years): the rule of its
/// periods (<see cref="Rule"/>), and the courses whose completion grants or renews it.
/// </summary>
public sealed class Certification
{
    private readonly List<CertificationCourse> _courses = [];

    private Certification()
    {
        Name = string.Empty;
    }

    public Certification(CertificationDetails details)
        : this()
    {
        Apply(details);
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    /// <summary>How many months a completion keeps it; null: it never expires.</summary>
    public int? ValidityMonths { get; private set; }

    public int WindowLength { get; private set; }

    public WindowUnit WindowUnit { get; private set; }

    public bool EarlyRenewalKeepsRemainingTime { get; private set; }

    /// <summary>The courses whose completion grants or renews it.</summary>
    public IReadOnlyCollection<CertificationCourse> Courses => _courses.AsReadOnly();

    public CertificationRule Rule => new(ValidityMonths, WindowLength, WindowUnit, EarlyRenewalKeepsRemainingTime);

    public void Update(CertificationDetails details) => Apply(details);

    private void Apply(CertificationDetails details)
    {
        var errors = details.Validate();
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        Name = details.Name!.Trim();
        Description = string.IsNullOrWhiteSpace(details.Description) ? null : details.Description.Trim();
        var rule = details.ToRule();
        ValidityMonths = rule.ValidityMonths;
        WindowLength = rule.WindowLength;
        WindowUnit = rule.WindowUnit;
        EarlyRenewalKeepsRemainingTime = rule.EarlyRenewalKeepsRemainingTime;

        _courses.RemoveAll(c => !details.CourseIds.Contains(c.CourseId));
        foreach (var id in details.CourseIds.Distinct().Where(id => !_courses.Exists(c => c.CourseId == id)))
        {
            _courses.Add(new CertificationCourse(id));
        }
    }
}

/// <summary>A course whose completion grants or renews the certification.</summary>
public sealed class CertificationCourse
{
    private CertificationCourse()
    {
    }

    internal CertificationCourse(int courseId) => CourseId = courseId;

    public int CertificationId { get; private set; }

    public int CourseId { get; private set; }
}
