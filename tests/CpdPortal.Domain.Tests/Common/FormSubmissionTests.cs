using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Tests.Common;

public sealed class FormSubmissionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private static FormSubmission Sent() => new(Guid.NewGuid(), "account-a", SubmittedRecords.CpdActivity, 42, Now);

    [Fact]
    public void RecordFor_SameAccountAndKind_IsTheRecordItMade()
    {
        // Arrange
        var submission = Sent();

        // Act
        var record = submission.RecordFor("account-a", SubmittedRecords.CpdActivity);

        // Assert
        Assert.Equal(42, record);
    }

    [Theory]
    [InlineData("account-b", SubmittedRecords.CpdActivity)]
    [InlineData("ACCOUNT-A", SubmittedRecords.CpdActivity)]
    [InlineData("account-a", SubmittedRecords.PlanGoal)]
    public void RecordFor_AnotherAccountOrKind_IsNothing(string account, string kind)
    {
        // Arrange
        var submission = Sent();

        // Act
        var record = submission.RecordFor(account, kind);

        // Assert
        Assert.Null(record);
    }

    [Fact]
    public void New_EmptyFormId_Throws()
    {
        // Act and Assert
        Assert.Throws<ArgumentException>(() => new FormSubmission(Guid.Empty, "account-a", SubmittedRecords.Booking, 1, Now));
    }

    [Theory]
    [InlineData("", SubmittedRecords.Booking, 1)]
    [InlineData("account-a", " ", 1)]
    [InlineData("account-a", SubmittedRecords.Booking, 0)]
    public void New_MissingAccountKindOrRecord_Throws(string account, string kind, int recordId)
    {
        // Act and Assert
        Assert.ThrowsAny<ArgumentException>(() => new FormSubmission(Guid.NewGuid(), account, kind, recordId, Now));
    }
}
