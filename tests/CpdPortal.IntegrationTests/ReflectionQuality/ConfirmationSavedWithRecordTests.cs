using CpdPortal.Application.Activities;
using CpdPortal.Application.Common;
using CpdPortal.Application.ReflectionQuality;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.ReflectionQuality;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.ReflectionQuality;

/// <summary>
/// A record and the writer's confirmation of its identifying details (docs/adr/0027) are stored together or not at
/// all (issue 17): a save refused while the confirmation is in it leaves no record, and a refused record leaves no
/// confirmation. The refusal is a SavingChanges handler of the test's own context, so the real services and
/// transactions run on the provider under test.
/// </summary>
public sealed class ConfirmationSavedWithRecordTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private static readonly ConfirmedFindings Confirmed = new(
        [new FieldFindings("WhatLearnt", [new IdentifyingDetail(IdentifyingDetailKind.Postcode, 15, 8, "SO14 7LY")])]);

    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    private static void RefuseSaving<T>(CpdPortalDbContext db, EntityState state)
        where T : class =>
        db.SavingChanges += (_, _) =>
        {
            if (db.ChangeTracker.Entries<T>().Any(e => e.State == state))
            {
                throw new InvalidOperationException($"The test refuses to save a {typeof(T).Name} ({state}).");
            }
        };

    private async Task<ActivityDetails> DetailsAsync(string title) => new(
        await factory.MethodIdAsync("Reading"),
        title,
        Today.AddDays(-2),
        null,
        2m,
        "A chapter on family network meetings.",
        "The visit near SO14 7LY showed me how to open a conversation.",
        "I open conversations differently.",
        null,
        null,
        false,
        ActivityStatus.Complete,
        []);

    private Task<int> ActivitiesTitledAsync(string title) =>
        factory.WithDbAsync(db => db.CpdActivities.IgnoreQueryFilters().CountAsync(a => a.Title == title));

    private Task<int> ConfirmationsAsync() => factory.WithDbAsync(db => db.IdentifyingDetailsConfirmations.CountAsync());

    private Task<int> ConfirmedAuditsAsync() => factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.IdentifyingDetailsConfirmed));

    [Fact]
    public async Task RecordActivity_ConfirmationRefused_StoresNeitherTheActivityNorItsFormSubmission()
    {
        // Arrange
        var sam = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam);
        var details = await DetailsAsync("Refused with its confirmation");
        var (confirmations, audits) = (await ConfirmationsAsync(), await ConfirmedAuditsAsync());
        var instance = new FormInstance(Guid.NewGuid(), "sam-account");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();
        RefuseSaving<IdentifyingDetailsConfirmation>(db, EntityState.Added);

        // Act
        var refused = await Record.ExceptionAsync(() => scope.ServiceProvider.GetRequiredService<ActivityService>().RecordAsync(sam, details, instance, Confirmed));

        // Assert
        Assert.IsType<InvalidOperationException>(refused);
        Assert.Equal(0, await ActivitiesTitledAsync("Refused with its confirmation"));
        Assert.False(await factory.WithDbAsync(d => d.FormSubmissions.AnyAsync(s => s.Id == instance.Id)));
        Assert.Equal((confirmations, audits), (await ConfirmationsAsync(), await ConfirmedAuditsAsync()));
    }

    [Fact]
    public async Task RecordActivity_NoFormInstanceAndConfirmationRefused_StoresNoActivity()
    {
        // Arrange
        var sam = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam);
        var details = await DetailsAsync("Refused without a form instance");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();
        RefuseSaving<IdentifyingDetailsConfirmation>(db, EntityState.Added);

        // Act
        var refused = await Record.ExceptionAsync(() => scope.ServiceProvider.GetRequiredService<ActivityService>().RecordAsync(sam, details, null, Confirmed));

        // Assert
        Assert.IsType<InvalidOperationException>(refused);
        Assert.Equal(0, await ActivitiesTitledAsync("Refused without a form instance"));
    }

    [Fact]
    public async Task RecordActivity_ActivityRefused_StoresNoConfirmationAndNoAuditOfIt()
    {
        // Arrange
        var sam = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam);
        var details = await DetailsAsync("Activity refused");
        var (confirmations, audits) = (await ConfirmationsAsync(), await ConfirmedAuditsAsync());
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();
        RefuseSaving<CpdActivity>(db, EntityState.Added);

        // Act
        var refused = await Record.ExceptionAsync(() => scope.ServiceProvider.GetRequiredService<ActivityService>().RecordAsync(sam, details, new FormInstance(Guid.NewGuid(), "sam-account"), Confirmed));

        // Assert
        Assert.IsType<InvalidOperationException>(refused);
        Assert.Equal(0, await ActivitiesTitledAsync("Activity refused"));
        Assert.Equal((confirmations, audits), (await ConfirmationsAsync(), await ConfirmedAuditsAsync()));
    }

    [Fact]
    public async Task RecordActivity_BothSaved_TheConfirmationNamesTheNewActivity()
    {
        // Arrange
        var sam = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam);
        var details = await DetailsAsync("Saved with its confirmation");
        await using var scope = factory.Services.CreateAsyncScope();

        // Act
        var saved = await scope.ServiceProvider.GetRequiredService<ActivityService>().RecordAsync(sam, details, new FormInstance(Guid.NewGuid(), "sam-account"), Confirmed);

        // Assert
        Assert.Equal(SubmissionOutcome.Created, saved.Outcome);
        var row = Assert.Single(await factory.WithDbAsync(db => db.IdentifyingDetailsConfirmations.AsNoTracking().Where(c => c.RecordType == ConfirmedRecordTypes.CpdActivity && c.RecordId == saved.RecordId).ToListAsync()));
        Assert.Equal((sam, "WhatLearnt", "Postcode:1"), (row.StaffMemberId, row.Field, row.Kinds));
    }

    [Fact]
    public async Task UpdateActivity_ConfirmationRefused_KeepsTheActivityAsItWas()
    {
        // Arrange
        var sam = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Edit refused with its confirmation");
        var before = (await factory.FindActivityAsync(id))!.WhatLearnt;
        var details = await DetailsAsync("Edit refused with its confirmation");
        var confirmations = await ConfirmationsAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();
        RefuseSaving<IdentifyingDetailsConfirmation>(db, EntityState.Added);

        // Act
        var refused = await Record.ExceptionAsync(() => scope.ServiceProvider.GetRequiredService<ActivityService>().UpdateAsync(sam, id, details, Confirmed));

        // Assert
        Assert.IsType<InvalidOperationException>(refused);
        Assert.Equal(before, (await factory.FindActivityAsync(id))!.WhatLearnt);
        Assert.Equal(confirmations, await ConfirmationsAsync());
    }

    [Fact]
    public async Task UpdateActivity_ActivityRefused_StoresNoConfirmation()
    {
        // Arrange
        var sam = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam);
        var id = await factory.AddActivityAsync(DemoAccounts.Sam, "Edit of the activity refused");
        var details = await DetailsAsync("Edit of the activity refused");
        var confirmations = await ConfirmationsAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdPortalDbContext>();
        RefuseSaving<CpdActivity>(db, EntityState.Modified);

        // Act
        var refused = await Record.ExceptionAsync(() => scope.ServiceProvider.GetRequiredService<ActivityService>().UpdateAsync(sam, id, details, Confirmed));

        // Assert
        Assert.IsType<InvalidOperationException>(refused);
        Assert.Equal(confirmations, await ConfirmationsAsync());
        Assert.Empty(await factory.WithDbAsync(d => d.IdentifyingDetailsConfirmations.Where(c => c.RecordType == ConfirmedRecordTypes.CpdActivity && c.RecordId == id).ToListAsync()));
    }
}
