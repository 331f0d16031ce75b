namespace CpdPortal.Domain.ReflectionQuality;

/// <summary>The kinds of detail in a reflection that could identify a child, a family or a colleague.</summary>
public enum IdentifyingDetailKind
{
    /// <summary>A first name with a surname ("Jayden Smith"), or a title with a surname ("Mrs Khan").</summary>
    PersonName,

    /// <summary>A date given as someone's date of birth, or an age given with a date.</summary>
    DateOfBirth,

    /// <summary>A house number and street, a flat number, or "lives on" a named street.</summary>
    Address,

    /// <summary>A full UK postcode.</summary>
    Postcode,

    /// <summary>A UK telephone number.</summary>
    PhoneNumber,

    /// <summary>An email address.</summary>
    EmailAddress,

    /// <summary>A ten-digit NHS number whose check digit is right, or any ten digits labelled as an NHS number.</summary>
    NhsNumber,

    /// <summary>A National Insurance number.</summary>
    NationalInsuranceNumber,

    /// <summary>A case, child or person identifier from a case-management system.</summary>
    CaseIdentifier,

    /// <summary>The name of a school, college or academy.</summary>
    SchoolName,
}
