using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CpdPortal.BrowserTests.Infrastructure;

/// <summary>
/// Collects what should never happen on any page a test visits: console errors, uncaught script errors,
/// Content-Security-Policy violations and sub-resources (CSS, JS, images) that fail to load.
/// </summary>
public sealed partial class PageProblems
{
    private const string CspBindingName = "__cpdPortalReportCspViolation";

    private readonly ConcurrentQueue<string> _problems = new();

    private PageProblems()
    {
    }

    public IReadOnlyList<string> All => [.. _problems];

    /// <summary>Starts listening on every page of the context, from before the first script runs.</summary>
    public static async Task<PageProblems> WatchAsync(IBrowserContext context)
    {
        var problems = new PageProblems();
        await context.ExposeFunctionAsync<string>(CspBindingName, problems.CspViolation);
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => window." + CspBindingName +
            "(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile || e.documentURI}:${e.lineNumber}`));");
        context.Page += (_, page) => problems.Watch(page);
        return problems;
    }

    public void AssertNone()
    {
        var all = All;
        Assert.True(all.Count == 0, "The pages reported problems:" + Environment.NewLine + string.Join(Environment.NewLine, all.Select(p => "  - " + p)));
    }

    private void Watch(IPage page)
    {
        page.Console += (_, message) =>
        {
            // A page answered with 4xx (a 404 page, a form re-shown with 400) is logged by Chromium as a failed
            // resource. Documents are checked by the tests themselves; failing sub-resources are caught below.
            if (message.Type == "error" && !FailedResource().IsMatch(message.Text))
            {
                _problems.Enqueue($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => _problems.Enqueue($"uncaught script error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                _problems.Enqueue($"{response.Request.ResourceType} {response.Url} answered {response.Status}");
            }
        };
        page.RequestFailed += (_, request) =>
        {
            if (request.ResourceType != "document")
            {
                _problems.Enqueue($"{request.ResourceType} {request.Url} failed: {request.Failure}");
            }
        };
    }

    private void CspViolation(string description) => _problems.Enqueue("CSP violation: " + description);

    [GeneratedRegex(@"^Failed to load resource: the server responded with a status of \d+")]
    private static partial Regex FailedResource();
}
