using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Settings;

/// <summary>A yearly period that starts on a fixed day (the learning year, the registration year).</summary>
public readonly record struct LearningYearPolicy
{
    public LearningYearPolicy(int startMonth, int startDay)
    {
        if (startMonth is < 1 or > 12 || startDay < 1 || startDay > 28)
        {
            throw new DomainRuleException("settings.yearStart", "Enter a year start day between 1 and 28 and a month between 1 and 12");
        }

        StartMonth = startMonth;
        StartDay = startDay;
    }

    public int StartMonth { get; }

    public int StartDay { get; }

    /// <summary>The period that contains <paramref name="day"/>.</summary>
    public DatePeriod PeriodContaining(DateOnly day)
    {
        var startThisYear = new DateOnly(day.Year, StartMonth, StartDay);
        var start = day >= startThisYear ? startThisYear : startThisYear.AddYears(-1);
        return new DatePeriod(start, start.AddYears(1).AddDays(-1));
    }
}

/// <summary>An inclusive range of days.</summary>
public readonly record struct DatePeriod(DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public DatePeriod Previous() => new(Start.AddYears(-1), Start.AddDays(-1));
}
