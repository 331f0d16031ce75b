using CpdPortal.Domain.Common;
using CpdPortal.Domain.Supervision;

namespace CpdPortal.Domain.Tests.Supervision;

public class SupervisionSessionTests
{
    private const int Sam = 1;
    private const int Alex = 2;
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private static SessionDetails Details() => new(
        Today.AddDays(-1),
        1.5m,
        SupervisionType.OneToOne,
        "Both actions from last time done.",
        "Caseload reviewed; two reports due.",
        "Wants to build court skills.",
        "Managing workload well.",
        null,
        "Court skills",
        [4],
        Today.AddDays(6),
        [new ActionDetails("Book court skills training", ActionOwner.Supervisee, Today.AddDays(14))]);

    [Fact]
    public void Record_WellFormed_KeepsActionsAndAreas()
    {
        var session = SupervisionSession.Record(Sam, Alex, Details(), Today, Now);

        Assert.Single(session.Actions);
        Assert.Equal([4], session.LearningAreas.Select(a => a.AreaId));
        Assert.False(session.IsAcknowledged);
    }

    [Fact]
    public void Record_Themselves_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => SupervisionSession.Record(Alex, Alex, Details(), Today, Now));
    }

    [Fact]
    public void Record_BadInput_NamesEveryField()
    {
        var bad = Details() with
        {
            Date = Today.AddDays(1),
            Hours = 9m,
            Type = null,
            Management = null,
            Development = null,
            Support = null,
            Mediation = null,
            Actions = [new ActionDetails(" ", ActionOwner.Supervisor, Today.AddDays(-30))],
        };

        var error = Assert.Throws<DomainValidationException>(() => SupervisionSession.Record(Sam, Alex, bad, Today, Now));

        Assert.Equal(["Date", "Hours", "Type", "Management", "Actions[0].Text", "Actions[0].DueDate"], error.Errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(8.5)]
    public void Record_LengthOutOfRange_IsRefused(double hours)
    {
        var error = Assert.Throws<DomainValidationException>(() => SupervisionSession.Record(Sam, Alex, Details() with { Hours = (decimal)hours }, Today, Now));

        Assert.Equal("Hours", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public void Acknowledge_LocksTheSessionSoOnlyAddendaCanBeAdded()
    {
        var session = SupervisionSession.Record(Sam, Alex, Details(), Today, Now);

        session.Acknowledge(Sam, "Agreed.", Now.AddDays(1));

        Assert.True(session.IsAcknowledged);
        Assert.Throws<DomainRuleException>(() => session.Update(Alex, Details(), Today, Now));
        var addendum = session.AddAddendum(Alex, "Training now booked for January.", Now.AddDays(2));
        Assert.Equal(Alex, addendum.ByStaffId);
        Assert.Single(session.Addenda);
    }

    [Fact]
    public void Acknowledge_BySomeoneElseOrTwice_IsRefused()
    {
        var session = SupervisionSession.Record(Sam, Alex, Details(), Today, Now);

        Assert.Throws<DomainRuleException>(() => session.Acknowledge(Alex, null, Now));
        session.Acknowledge(Sam, null, Now);
        Assert.Throws<DomainRuleException>(() => session.Acknowledge(Sam, null, Now));
    }

    [Fact]
    public void AddAddendum_BeforeAcknowledgementOrByAnotherSupervisor_IsRefused()
    {
        var session = SupervisionSession.Record(Sam, Alex, Details(), Today, Now);

        Assert.Throws<DomainRuleException>(() => session.AddAddendum(Alex, "text", Now));
        session.Acknowledge(Sam, null, Now);
        Assert.Throws<DomainRuleException>(() => session.AddAddendum(99, "text", Now));
        Assert.Throws<DomainValidationException>(() => session.AddAddendum(Alex, " ", Now));
    }

    [Fact]
    public void Update_BeforeAcknowledgement_ReplacesOpenActions()
    {
        var session = SupervisionSession.Record(Sam, Alex, Details(), Today, Now);

        session.Update(Alex, Details() with { Actions = [] }, Today, Now.AddHours(1));

        Assert.Empty(session.Actions);
    }
}
