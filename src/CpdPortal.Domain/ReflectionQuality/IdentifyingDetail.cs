namespace CpdPortal.Domain.ReflectionQuality;

/// <summary>One part of a text that could identify someone: what kind it is and where it is.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Start">The index of its first character in the text.</param>
/// <param name="Length">Its length in characters.</param>
/// <param name="Text">The part found, exactly as typed, to quote back to the writer (never stored or logged).</param>
public sealed record IdentifyingDetail(IdentifyingDetailKind Kind, int Start, int Length, string Text)
{
    /// <summary>The index just after its last character.</summary>
    public int End => Start + Length;

    /// <summary>Whether this and <paramref name="other"/> share at least one character.</summary>
    public bool Overlaps(IdentifyingDetail other) => Start < other.End && other.Start < End;

    /// <summary>What a person reads beside the field, e.g. "a postcode".</summary>
    public string Description => Kind switch
    {
        IdentifyingDetailKind.PersonName => "a person's name",
        IdentifyingDetailKind.DateOfBirth => "a date of birth",
        IdentifyingDetailKind.Address => "an address",
        IdentifyingDetailKind.Postcode => "a postcode",
        IdentifyingDetailKind.PhoneNumber => "a phone number",
        IdentifyingDetailKind.EmailAddress => "an email address",
        IdentifyingDetailKind.NhsNumber => "an NHS number",
        IdentifyingDetailKind.NationalInsuranceNumber => "a National Insurance number",
        IdentifyingDetailKind.CaseIdentifier => "a case or child identifier",
        IdentifyingDetailKind.SchoolName => "a school's name",
        _ => "an identifying detail",
    };
}
