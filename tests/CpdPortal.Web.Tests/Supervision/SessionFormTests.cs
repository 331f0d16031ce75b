using CpdPortal.Domain.Supervision;
using CpdPortal.Web.Features.SessionRecords;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Tests.Supervision;

public class SessionFormTests
{
    private static SessionForm Valid() => new()
    {
        Date = new DateInput { Day = "20", Month = "11", Year = "2026" },
        Hours = "1.5",
        Type = "Group",
        Development = "Talked about analysis",
        LearningNeedAreaIds = ["4", "4", "x", "9"],
        CompletedActionIds = ["12"],
        Actions =
        [
            new ActionForm(),
            new ActionForm { Text = "Read the briefing", Owner = "Supervisor", DueDate = new DateInput { Day = "1", Month = "12", Year = "2026" } },
        ],
    };

    [Fact]
    public void ToInput_ValidForm_DropsBlankRowsAndJunkIdsAndReadsEverything()
    {
        // Arrange
        var modelState = new ModelStateDictionary();
        var form = Valid();

        // Act
        var input = form.ToInput(modelState);

        // Assert
        Assert.True(modelState.IsValid);
        Assert.Equal(new DateOnly(2026, 11, 20), input.Details.Date);
        Assert.Equal(1.5m, input.Details.Hours);
        Assert.Equal(SupervisionType.Group, input.Details.Type);
        Assert.Equal([4, 9], input.Details.LearningNeedAreaIds);
        Assert.Equal([12], input.CompletedActionIds);
        var action = Assert.Single(input.Details.Actions);
        Assert.Equal(new ActionDetails("Read the briefing", ActionOwner.Supervisor, new DateOnly(2026, 12, 1)), action);
        Assert.Single(form.Actions);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("OneToOneX")]
    [InlineData("")]
    public void ToInput_TypeThatIsNotOneOfTheThree_IsPassedOnAsMissing(string typed)
    {
        // Arrange
        var form = Valid();
        form.Type = typed;

        // Act
        var input = form.ToInput(new ModelStateDictionary());

        // Assert
        Assert.Null(input.Details.Type);
    }

    [Fact]
    public void ToInput_ImpossibleDates_GoBesideTheirFields()
    {
        // Arrange
        var modelState = new ModelStateDictionary();
        var form = Valid();
        form.Date = new DateInput { Day = "31", Month = "2", Year = "2026" };
        form.Actions[1].DueDate = new DateInput { Day = "40", Month = "1", Year = "2027" };

        // Act
        var input = form.ToInput(modelState);

        // Assert
        Assert.Null(input.Details.Date);
        Assert.Equal("The date of the session must be a real date", modelState["Date"]!.Errors.Single().ErrorMessage);
        Assert.Equal("The due date of action 1 must be a real date", modelState["Actions[0].DueDate"]!.Errors.Single().ErrorMessage);
    }

    [Fact]
    public void ActionRows_AlwaysOffersBlankRowsAfterTheTypedOnes()
    {
        // Arrange
        var form = Valid();

        // Act
        var rows = form.ActionRows();

        // Assert
        Assert.Equal(1 + SessionForm.BlankActionRows, rows.Count);
        Assert.Equal("Read the briefing", rows[0].Text);
        Assert.All(rows.Skip(1), r => Assert.True(r.IsBlank));
    }
}
