using CpdPortal.Application.Reports;
using CpdPortal.Domain.Planning;
using CpdPortal.Domain.Settings;
using CpdPortal.Domain.Supervision;
using CpdPortal.Web.Features.Reports;

namespace CpdPortal.Web.Tests.Reports;

/// <summary>The report formatters turn the query classes' figures into the page's words (ADR 0038).</summary>
public class ReportTextTests
{
    private static readonly DatePeriod Year = new(new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31));

    private static ReportScope Scope(DateOnly day) => new(new PortalSettings(), Year, day, day);

    [Fact]
    public void Plans_StatesAndPeople_AreWordedInTheReportsOrder()
    {
        // Arrange
        var report = new PlansReport(
            Scope(new DateOnly(2026, 12, 5)),
            new PlansHeadline(4, 1, 2),
            PlansReportQuery.States.Select((s, i) => new PlanStatusCount(s, i)).ToList(),
            [new PlansTeam("Team A", 4, 1, 2)],
            [new PlanlessPerson("Ann Lee", "Team A", null, null), new PlanlessPerson("Bo Ray", "Team A", "Cy Dee", PlanStatus.ChangesRequested)]);

        // Act
        var page = PlansReportText.Format(report);

        // Assert
        Assert.Equal("25% of 4 staff have an approved plan for this learning year; 50% have none.", page.Headline);
        Assert.Equal(["Approved", "Submitted for review", "Changes requested", "Draft", "No plan"], page.Tables[0].Rows.Select(r => r[0]));
        Assert.Equal(["Team A", "4", "25%", "2"], page.Tables[1].Rows.Single());
        Assert.Equal(["Ann Lee", "Team A", "No supervisor", "No plan"], page.Tables[2].Rows[0]);
        Assert.Equal(["Bo Ray", "Team A", "Cy Dee", "Changes requested"], page.Tables[2].Rows[1]);
    }

    [Fact]
    public void Supervision_Overdue_CountsDaysFromTheReferenceDay()
    {
        // Arrange
        var day = new DateOnly(2026, 12, 5);
        var report = new SupervisionReport(
            Scope(day),
            new SupervisionHeadline(3, 2),
            [new SupervisionStatusCount(SupervisionDueStatus.OnTime, 1), new SupervisionStatusCount(SupervisionDueStatus.DueSoon, 0), new SupervisionStatusCount(SupervisionDueStatus.Overdue, 2)],
            [new SupervisorLoad("Cy Dee", 3, 2)],
            [new OverduePerson("Ann Lee", "Cy Dee", null, new DateOnly(2026, 11, 5)), new OverduePerson("Bo Ray", "Cy Dee", new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1))]);

        // Act
        var page = SupervisionReportText.Format(report);

        // Assert
        Assert.Equal("33% of 3 supervised staff are not overdue for supervision on 5 December 2026; 2 overdue.", page.Headline);
        Assert.Equal(["Ann Lee", "Cy Dee", "None recorded", "5 November 2026", "30"], page.Tables[2].Rows[0]);
        Assert.Equal(["Bo Ray", "Cy Dee", "1 October 2026", "1 November 2026", "34"], page.Tables[2].Rows[1]);
        Assert.Equal(["Cy Dee", "3", "2", "33%"], page.Tables[1].Rows.Single());
    }

    [Fact]
    public void Workforce_GroupWithoutRoleOrAbsence_IsNamedAndSaysNotReported()
    {
        // Arrange
        var report = new WorkforceReport(
            Scope(new DateOnly(2026, 12, 5)),
            new WorkforceHeadline(3, 1, 1),
            [new WorkforceQuarter(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30), 3, 1, 0, 1.25m)],
            [new WorkforceGroup("Team A", 3, 1, 2.5m, 2, 4m)],
            [new WorkforceGroup(null, 3, 1, 2.5m, 0, null)]);

        // Act
        var page = WorkforceReportText.Format(report);

        // Assert
        Assert.Equal("3 staff in post on 5 December 2026, 33% agency; 1 leaver this learning year.", page.Headline);
        Assert.Equal(["Apr 2026 to Jun 2026", "3", "1", "33%", "0", "1.25"], page.Tables[0].Rows.Single());
        Assert.Equal(["Team A", "3", "33%", "2.5", "2", "4"], page.Tables[1].Rows.Single());
        Assert.Equal(["No pathway role", "3", "33%", "2.5", "0", "Not reported"], page.Tables[2].Rows.Single());
    }

    [Fact]
    public void StagesOverTimeHeadline_NothingOnTheFirstDate_SaysNoneHadBeenRecorded()
    {
        // Arrange
        DateOnly[] dates = [new(2025, 12, 31), new(2026, 3, 31), new(2026, 6, 30), new(2026, 9, 30), new(2026, 12, 5)];
        var all = dates.Select(_ => new int[5]).ToArray();
        all[^1] = [1, 1, 1, 1, 0];
        var counts = new StagesOverTimeCounts(dates, new Dictionary<int, int[][]>(), all);

        // Act
        var headline = StagesOverTimeReportText.Headline(counts);

        // Assert
        Assert.Equal("50% of current stages are competent (stage 3) or above on 5 December 2026; none had been recorded on 31 December 2025.", headline);
    }

    [Fact]
    public void CsvRoute_StaffFilters_CarriesEachAppliedFilterAndTheTableAfterTheFirst()
    {
        // Arrange
        var filter = new ReportFilter(2026, 3, null, false, CpdPortal.Domain.Workforce.EmploymentType.Agency);
        var model = new ReportViewModel(Page(ReportKind.Plans), new ReportFilterForm(filter, [], [], [], []), TimeSpan.FromMinutes(15));

        // Act
        var first = model.CsvRoute(1);
        var third = model.CsvRoute(3);

        // Assert
        Assert.Equal(new Dictionary<string, string> { ["slug"] = "plans", ["year"] = "2026", ["team"] = "3", ["registered"] = "no", ["employment"] = "Agency" }, first);
        Assert.Equal("3", third["table"]);
    }

    [Fact]
    public void CsvRoute_ReportThatDoesNotFilterStaff_CarriesNoFilters()
    {
        // Arrange
        var filter = new ReportFilter(2026, 3, 2, true, null);
        var model = new ReportViewModel(Page(ReportKind.MappingCoverage), new ReportFilterForm(filter, [], [], [], []), TimeSpan.FromMinutes(15));

        // Act
        var second = model.CsvRoute(2);

        // Assert
        Assert.Equal(new Dictionary<string, string> { ["slug"] = "mapping-coverage", ["table"] = "2" }, second);
    }

    private static Report Page(ReportKind kind) =>
        new(kind, "Title", "Headline", Year, Year.End, 0, new ReportChart("Chart", "staff", [], 1), [], []);
}
