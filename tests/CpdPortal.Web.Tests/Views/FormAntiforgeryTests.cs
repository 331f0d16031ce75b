using System.Text.RegularExpressions;

namespace CpdPortal.Web.Tests.Views;

/// <summary>
/// Every POST form in every view sends its own antiforgery token. The form tag helper adds one only when the form's
/// address comes from asp-action/asp-controller/asp-route (or no action at all): a written <c>action="/…"</c> gets none,
/// and the integration tests cannot see that, because they take the first token on the page (the layout's sign-out
/// form). A practice-quality review and an equivalent-entry form were posted without one until the browser test found it.
/// </summary>
public sealed partial class FormAntiforgeryTests
{
    [Fact]
    public void PostForms_WithAWrittenAction_CarryAnAntiforgeryToken()
    {
        // Arrange
        var features = Path.Combine(RepositoryRoot(), "src", "CpdPortal.Web", "Features");
        var missing = new List<string>();

        // Act
        foreach (var file in Directory.EnumerateFiles(features, "*.cshtml", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (Match form in FormTag().Matches(text))
            {
                var tag = form.Value;
                if (!PostMethod().IsMatch(tag) || !WrittenAction().IsMatch(tag) || tag.Contains("asp-antiforgery=\"true\"", StringComparison.Ordinal))
                {
                    continue;
                }

                var end = text.IndexOf("</form>", form.Index, StringComparison.Ordinal);
                var body = end < 0 ? text[form.Index..] : text[form.Index..end];
                if (!body.Contains("AntiForgeryToken", StringComparison.Ordinal))
                {
                    missing.Add($"{Path.GetRelativePath(features, file)} line {text[..form.Index].Count(c => c == '\n') + 1}");
                }
            }
        }

        // Assert
        Assert.True(missing.Count == 0, "POST forms without an antiforgery token:\n" + string.Join("\n", missing));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CpdPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CpdPortal.sln not found above the test's folder.");
    }

    [GeneratedRegex(@"<form\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex FormTag();

    [GeneratedRegex(@"\bmethod=""post""", RegexOptions.IgnoreCase)]
    private static partial Regex PostMethod();

    [GeneratedRegex(@"(?<![-\w])action=""")]
    private static partial Regex WrittenAction();
}
