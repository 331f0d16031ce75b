namespace CpdPortal.Domain.Common;

/// <summary>Maximum lengths shared by the domain guards, the EF configurations and form validation.</summary>
public static class FieldLengths
{
    public const int Name = 100;
    public const int Title = 200;
    public const int Email = 254;
    public const int Code = 32;
    public const int ShortText = 500;
    public const int LongText = 4000;
    public const int RegistrationNumber = 20;
    public const int StaffNumber = 20;
}
