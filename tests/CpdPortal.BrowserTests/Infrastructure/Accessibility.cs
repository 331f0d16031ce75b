using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CpdPortal.BrowserTests.Infrastructure;

/// <summary>axe-core scans of the page as rendered, against WCAG 2.2 level AA (and everything below it).</summary>
public static class Accessibility
{
    public static IReadOnlyList<string> WcagTags { get; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        };

        // RunAxeLegacy runs axe.run in the page itself. RunAxe instead runs axe in parts and merges the results in a
        // new blank page it opens for each scan, which made every scan take 3 to 6 seconds here instead of under half
        // a second. The portal's pages have no iframes, the one thing that approach adds. If a later package version
        // removes RunAxeLegacy, use page.RunAxe(options): the assertion stays the same.
#pragma warning disable CS0618 // "Legacy Mode is being removed in the future"
        var result = await page.RunAxeLegacy(options: options);
#pragma warning restore CS0618
        Assert.True(result.Violations.Length == 0, Describe(page.Url, result.Violations));
    }

    private static string Describe(string url, AxeResultItem[] violations)
    {
        var text = new StringBuilder();
        text.AppendLine($"axe found {violations.Length} accessibility violation(s) on {url}:");
        foreach (var violation in violations)
        {
            text.AppendLine($"  - {violation.Id} ({violation.Impact}): {violation.Help} <{violation.HelpUrl}>");
            foreach (var node in violation.Nodes)
            {
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message);
                text.AppendLine($"      at {node.Target}: {string.Join("; ", checks)}");
            }
        }

        return text.ToString();
    }
}
