using System.Net;
using System.Text;
using CpdPortal.Application.Auditing;
using CpdPortal.Domain.Auditing;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Administration;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;
using static CpdPortal.IntegrationTests.Import.ImportTestData;

namespace CpdPortal.IntegrationTests.Import;

/// <summary>/admin/import: upload, preview, confirm, re-apply; every bad file and bad row the issue names.</summary>
public sealed class StaffImportTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Get_Index_ShowsTheColumnsTemplateAndAccountsNote()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        var document = await client.GetDocumentAsync("/admin/import");

        // Assert
        var columns = document.QuerySelectorAll("[data-testid='staff-columns'] tbody th").Select(c => c.NormalisedText());
        Assert.Equal([.. StaffHeader.Split(','), "days absent", "fte"], columns);
        Assert.NotNull(document.QuerySelector("a[href='/admin/import/template.csv']"));
        Assert.Contains("does not create sign-in accounts", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Template_IsACsvWithTheHeaderAndAnExample()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await client.GetAsync("/admin/import/template.csv");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(StaffHeader + ",days absent,fte", lines[0]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public async Task Confirm_GoodFile_CreatesPeopleAndLinesOnceAndAudits()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var alex = await factory.StaffNumberAsync("alex.morgan@demo.test");
        var csv = Csv(
            Row("N100", supervisor: "N101", registered: "yes", registration: "sw555001"),
            Row("N101", first: "Lead", supervisor: alex, start: "2024-01-15", employment: "Agency"));
        var (path, preview) = await client.PreviewAsync(csv);
        var audited = await factory.AuditEntriesAsync(q => q.Where(a => a.Action == AuditActions.StaffImported));

        // Act
        using var response = await client.ConfirmAsync(path, preview);

        // Assert
        Assert.Equal("2", preview.SummaryValue("People to create"));
        Assert.Equal("0", preview.SummaryValue("Rows with errors (skipped)"));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/admin/import", response.RedirectTarget());
        var flash = (await client.GetDocumentAsync("/admin/import")).GetSingle("[data-testid='flash']").NormalisedText();
        Assert.Contains("Import applied: 2 created, 0 updated, 0 retired, 0 unchanged, 0 rows with errors skipped", flash, StringComparison.Ordinal);
        var n100 = await factory.StaffAsync("N100");
        var n101 = await factory.StaffAsync("N101");
        Assert.NotNull(n100);
        Assert.NotNull(n101);
        Assert.Equal(n101.Id, n100.SupervisorId);
        Assert.Equal("SW555001", n100.RegistrationNumber);
        Assert.Equal(new DateOnly(2024, 1, 15), n101.StartDate);
        Assert.Equal(Domain.Workforce.EmploymentType.Agency, n101.EmploymentType);
        var lines = await factory.QueryAsync(db => db.SupervisorLines.CountAsync(l => l.SuperviseeId == n100.Id && l.To == null && l.ChangedBy == DemoAccounts.Ade.Email));
        Assert.Equal(1, lines);
        var entries = await factory.AuditEntriesAsync(q => q.Where(a => a.Action == AuditActions.StaffImported));
        Assert.Equal(audited.Count + 1, entries.Count);
        var audit = entries[0];
        Assert.Equal(DemoAccounts.Ade.Email, audit.ActorEmail);
        Assert.Equal(AuditEntityTypes.Import, audit.EntityType);
        Assert.Equal("c2 u0 r0 n0 s0", audit.EntityId);
    }

    [Fact]
    public async Task Confirm_SameFileAgain_ChangesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var csv = Csv(Row("R200", supervisor: "R201"), Row("R201"), Row("R202", leave: "2026-10-31"));
        var (firstPath, firstPreview) = await client.PreviewAsync(csv);
        (await client.ConfirmAsync(firstPath, firstPreview)).Dispose();
        var linesBefore = await factory.QueryAsync(db => db.SupervisorLines.CountAsync());

        // Act
        var (path, preview) = await client.PreviewAsync(csv);
        using var response = await client.ConfirmAsync(path, preview);

        // Assert
        Assert.Equal("0", preview.SummaryValue("People to create"));
        Assert.Equal("0", preview.SummaryValue("People to update"));
        Assert.Equal("3", preview.SummaryValue("Unchanged"));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(linesBefore, await factory.QueryAsync(db => db.SupervisorLines.CountAsync()));
        Assert.Equal(new DateOnly(2026, 10, 31), (await factory.StaffAsync("R202"))!.LeaveDate);
        Assert.Equal((await factory.StaffAsync("R201"))!.Id, (await factory.StaffAsync("R200"))!.SupervisorId);
    }

    [Fact]
    public async Task Preview_ExistingPeople_ShowsUpdateWithColumnsAndRetire()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var csv = Csv(
            await factory.ExistingRowAsync("jo.okafor@demo.test", jobTitle: "Senior family support worker"),
            await factory.ExistingRowAsync("chris.lee@demo.test"),
            Row("U300"));
        var csvWithLeaver = csv + Row("U301") + "\r\n";

        // Act
        var (_, preview) = await client.PreviewAsync(csvWithLeaver);

        // Assert
        Assert.Equal("2", preview.SummaryValue("People to create"));
        Assert.Equal("1", preview.SummaryValue("People to update"));
        Assert.Equal("1", preview.SummaryValue("Unchanged"));
        var change = preview.QuerySelectorAll("[data-testid='changes'] tbody tr").Select(r => r.NormalisedText()).Single(t => t.Contains("Jo Okafor", StringComparison.Ordinal));
        Assert.Contains("Update job title", change, StringComparison.Ordinal);
        Assert.Null((await factory.StaffAsync("U300")));
    }

    [Fact]
    public async Task Confirm_LeaveDateOnExistingPerson_RetiresThemAndKeepsTheRest()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        (await client.ConfirmAsync(await client.PreviewAsync(Csv(Row("T400"))))).Dispose();
        var csv = Csv(Row("T400", leave: "30/11/2026"));
        var (path, preview) = await client.PreviewAsync(csv);

        // Act
        using var response = await client.ConfirmAsync(path, preview);

        // Assert
        Assert.Equal("1", preview.SummaryValue("People to retire"));
        Assert.Contains("Retire (leave date set)", preview.GetSingle("[data-testid='changes'] tbody").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 11, 30), (await factory.StaffAsync("T400"))!.LeaveDate);
    }

    [Fact]
    public async Task Confirm_SwappedSupervisorLines_AppliesWithoutAFalseCycle()
    {
        // Arrange: Q501 supervises Q500; the file turns the line round.
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        (await client.ConfirmAsync(await client.PreviewAsync(Csv(Row("Q500", supervisor: "Q501"), Row("Q501"))))).Dispose();
        var q500Id = (await factory.StaffAsync("Q500"))!.Id;
        var (path, preview) = await client.PreviewAsync(Csv(Row("Q500"), Row("Q501", supervisor: "Q500")));

        // Act
        using var response = await client.ConfirmAsync(path, preview);

        // Assert
        Assert.Empty(preview.Errors());
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Null((await factory.StaffAsync("Q500"))!.SupervisorId);
        Assert.Equal(q500Id, (await factory.StaffAsync("Q501"))!.SupervisorId);
        var history = await factory.QueryAsync(db => db.SupervisorLines.Where(l => l.SuperviseeId == q500Id).Select(l => l.To).ToListAsync());
        Assert.Single(history);
        Assert.NotNull(history[0]); // the old line is ended, not deleted
    }

    public static TheoryData<string, string, string> BadRows => new()
    {
        { Row("B1", start: "31/02/2025"), "start date", "Enter the start date as a real date, like 27/03/2026 or 2026-03-27" },
        { Row("B1", start: "2025-13-01"), "start date", "Enter the start date as a real date, like 27/03/2026 or 2026-03-27" },
        { Row("B1", leave: "01/01/2025"), "leave date", "The leave date must be the same as or after the start date" },
        { Row("B1", team: "Narnia Team"), "team", "There is no team called \"Narnia Team\"; add it on the Teams page first or correct the name" },
        { Row("B1", supervisor: "NOBODY9"), "supervisor staff number", "There is no staff member with staff number NOBODY9, in the portal or in this file" },
        { Row("B1", supervisor: "B1"), "supervisor staff number", "A person cannot supervise themselves" },
        { Row("B1", email: "sam.patel@demo.test"), "email", "already has this email address" },
        { Row("B1", email: "not an email"), "email", "Enter an email address in the correct format, like name@example.org" },
        { Row("B1", registered: "yes"), "registration number", "Enter the Social Work England registration number of a registered social worker" },
        { Row("B1", first: "=HYPERLINK(\"http://evil.test\")"), "first name", "starts with =, +, - or @, which a spreadsheet would run as a formula" },
        { Row("B1", jobTitle: "@SUM(1+1)"), "job title", "starts with =, +, - or @" },
        { Row("B1", employment: "zero hours"), "employment type", "Enter the employment type as one of: permanent, agency" },
        { Row("B1") + ",extra", "row", "This row has 13 cells but the header has 12" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task Preview_BadRow_ListsRowColumnAndReasonAndConfirmSkipsIt(string row, string column, string message)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var good = "G" + Guid.NewGuid().ToString("N")[..8];
        var before = await factory.QueryAsync(db => db.StaffMembers.CountAsync());

        // Act
        var (path, preview) = await client.PreviewAsync(Csv(Row(good), row));
        using var response = await client.ConfirmAsync(path, preview);

        // Assert
        var error = Assert.Single(preview.Errors());
        Assert.StartsWith($"3|{column}|", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("will be skipped if you confirm", preview.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before + 1, await factory.QueryAsync(db => db.StaffMembers.CountAsync()));
        Assert.NotNull(await factory.StaffAsync(good));
        Assert.Null(await factory.StaffAsync("B1"));
    }

    [Fact]
    public async Task Preview_DuplicateStaffNumbersAndEmails_MarksEveryRowInvolved()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var csv = Csv(Row("D1"), Row("D1", email: "other@import.test"), Row("D2", email: "same@import.test"), Row("D3", email: "SAME@import.test"));

        // Act
        var (_, preview) = await client.PreviewAsync(csv);

        // Assert
        Assert.Equal(
            [
                "2|staff number|Staff number D1 is on more than one row (rows 2, 3); keep one",
                "3|staff number|Staff number D1 is on more than one row (rows 2, 3); keep one",
                "4|email|Email address same@import.test is on more than one row (rows 4, 5); keep one",
                "5|email|Email address same@import.test is on more than one row (rows 4, 5); keep one",
            ],
            preview.Errors());
        Assert.Null(preview.QuerySelector("[data-testid='confirm']"));
    }

    [Fact]
    public async Task Preview_CycleWithinTheFile_IsAnErrorOnEachRowOfTheLoop()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var csv = Csv(Row("C1", supervisor: "C2"), Row("C2", supervisor: "C3"), Row("C3", supervisor: "C1"), Row("C4", supervisor: "C1"));

        // Act
        var (_, preview) = await client.PreviewAsync(csv);

        // Assert
        var errors = preview.Errors();
        Assert.Equal(4, errors.Count);
        Assert.Contains("2|supervisor staff number|This would make a supervision cycle: C1 supervised by C2 supervised by C3 supervised by C1", errors);
        Assert.Contains("5|supervisor staff number|There is no staff member with staff number C1, in the portal or in this file", errors); // its supervisor is skipped
    }

    [Fact]
    public async Task Preview_CycleWithThePortalsLines_IsAnErrorOnTheRowThatClosesIt()
    {
        // Arrange: Alex supervises Sam in the portal; the file makes Sam Alex's supervisor.
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var sam = await factory.StaffNumberAsync("sam.patel@demo.test");
        var csv = Csv(await factory.ExistingRowAsync("alex.morgan@demo.test", supervisor: sam));

        // Act
        var (_, preview) = await client.PreviewAsync(csv);

        // Assert
        var error = Assert.Single(preview.Errors());
        Assert.StartsWith("2|supervisor staff number|This would make a supervision cycle:", error, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "wrong header", Encoding.UTF8.GetBytes("staff number,forename,last name,email,job title,team,supervisor staff number,registered,registration number,employment type,start date\r\nX1,a,b,c,d,e,f,g,h,i,j\r\n"), "The header is missing: first name, leave date; the header has columns the import does not know: forename" },
        { "semicolons", Encoding.UTF8.GetBytes(StaffHeader.Replace(',', ';') + "\r\n" + Row("X1").Replace(',', ';') + "\r\n"), "The file must be comma-separated, but it is separated by semicolons; save it as \"CSV (comma delimited)\"" },
        { "tabs", Encoding.UTF8.GetBytes(StaffHeader.Replace(',', '\t') + "\r\n"), "The file must be comma-separated, but it is separated by tabs; save it as \"CSV (comma delimited)\"" },
        { "empty", [], "The selected file is empty" },
        { "blank lines", Encoding.UTF8.GetBytes("\r\n \r\n"), "The selected file is empty" },
        { "a picture", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "The selected file must be a CSV file (comma-separated values saved as text)" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Upload_BadFile_Answers400WithTheReasonAndStoresNothing(string what, byte[] bytes, string message)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var uploads = await factory.QueryAsync(db => db.ImportUploads.CountAsync());

        // Act
        using var response = await client.UploadAsync(bytes);

        // Assert
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, what);
        var document = await response.GetDocumentAsync();
        Assert.Equal($"Error: {message}", document.GetSingle("#StaffFile-error").NormalisedText());
        Assert.Contains(message, document.GetSingle(".govuk-error-summary").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal(uploads, await factory.QueryAsync(db => db.ImportUploads.CountAsync()));
    }

    [Fact]
    public async Task Upload_NotACsvName_Answers400()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await client.UploadAsync(Encoding.UTF8.GetBytes(Csv(Row("X1"))), "staff.xlsx");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Error: The selected file must be a CSV file (comma-separated values saved as text)", (await response.GetDocumentAsync()).GetSingle("#StaffFile-error").NormalisedText());
    }

    [Fact]
    public async Task Upload_MoreThan10000Rows_Answers400()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var csv = Csv([.. Enumerable.Range(1, 10_001).Select(i => Row($"M{i}"))]);

        // Act
        using var response = await client.UploadAsync(csv);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Error: The file has more than 10,000 rows; split it into files of 10,000 rows or fewer", (await response.GetDocumentAsync()).GetSingle("#StaffFile-error").NormalisedText());
    }

    [Theory]
    [InlineData(10 * 1024 * 1024 + 1)]
    [InlineData(13 * 1024 * 1024)]
    public async Task Upload_Over10Megabytes_Answers400WithTheLimit(int size)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var bytes = Encoding.UTF8.GetBytes(Csv(Row("X1")).PadRight(size, ' '));

        // Act
        using var response = await client.UploadAsync(bytes);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Error: The selected file must be smaller than 10 MB", (await response.GetDocumentAsync()).GetSingle("#StaffFile-error").NormalisedText());
    }

    [Fact]
    public async Task Upload_NoFile_Answers400()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var token = (await client.GetDocumentAsync("/admin/import")).GetAntiforgeryToken("form[data-testid='staff-upload']");
        using var content = new MultipartFormDataContent { { new StringContent(token), HtmlExtensions.AntiforgeryField } };

        // Act
        using var response = await client.PostAsync("/admin/import", content);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Error: Select a CSV file", (await response.GetDocumentAsync()).GetSingle("#StaffFile-error").NormalisedText());
    }

    [Fact]
    public async Task Upload_WithoutToken_Answers400AndStoresNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var uploads = await factory.QueryAsync(db => db.ImportUploads.CountAsync());

        // Act
        using var response = await client.UploadAsync(Encoding.UTF8.GetBytes(Csv(Row("X1"))), withToken: false);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(uploads, await factory.QueryAsync(db => db.ImportUploads.CountAsync()));
    }

    [Fact]
    public async Task Confirm_WithoutToken_Answers400AndChangesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var (path, _) = await client.PreviewAsync(Csv(Row("W1")));

        // Act
        using var response = await client.PostFormAsync(path, []);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await factory.StaffAsync("W1"));
    }

    [Fact]
    public async Task Preview_UnknownUpload_Answers404()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await client.GetAsync($"/admin/import/{Guid.NewGuid()}");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Confirm_AppliedUploadAgain_Answers404AndChangesNothing()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var (path, preview) = await client.PreviewAsync(Csv(Row("A700")));
        (await client.ConfirmAsync(path, preview)).Dispose();
        var imports = await factory.AuditEntriesAsync(q => q.Where(a => a.Action == AuditActions.StaffImported));

        // Act
        using var response = await client.ConfirmAsync(path, preview);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(imports.Count, (await factory.AuditEntriesAsync(q => q.Where(a => a.Action == AuditActions.StaffImported))).Count);
    }
}

internal static class ConfirmExtensions
{
    public static Task<HttpResponseMessage> ConfirmAsync(this HttpClient client, (string Path, AngleSharp.Html.Dom.IHtmlDocument Preview) upload) =>
        client.ConfirmAsync(upload.Path, upload.Preview);
}
