namespace CpdPortal.Domain.Workforce;

public enum EmploymentType
{
    Permanent = 0,
    Agency = 1,
}
