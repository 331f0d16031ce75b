using System.Text.Encodings.Web;
using CpdPortal.Application.Reports;
using CpdPortal.Web.Features.Reports;
using Microsoft.AspNetCore.Html;

namespace CpdPortal.Web.Tests.Reports;

/// <summary>The report filter's option lists: made once per list, the chosen option marked per request.</summary>
public sealed class FilterOptionsHtmlTests
{
    private static readonly IReadOnlyList<FilterOption> Teams =
    [
        new(3, "Court & Protection <North>"),
        new(12, "Fostering"),
        new(1, "Leaving Care"),
    ];

    [Fact]
    public void Render_NothingChosen_WritesEveryOptionEncodedAndNoneSelected()
    {
        // Act
        var html = Text(FilterOptionsHtml.Render(Teams, null));

        // Assert
        Assert.Equal("<option value=\"3\">Court &amp; Protection &lt;North&gt;</option><option value=\"12\">Fostering</option><option value=\"1\">Leaving Care</option>", html);
    }

    [Fact]
    public void Render_OneChosen_MarksOnlyThatOne()
    {
        // Act: 1 must not match the start of 12.
        var html = Text(FilterOptionsHtml.Render(Teams, 1));

        // Assert
        Assert.Equal("<option value=\"3\">Court &amp; Protection &lt;North&gt;</option><option value=\"12\">Fostering</option><option value=\"1\" selected>Leaving Care</option>", html);
    }

    [Fact]
    public void Render_TheSameListTwice_MarksEachRequestsOwnChoice()
    {
        // Act
        var first = Text(FilterOptionsHtml.Render(Teams, 12));
        var second = Text(FilterOptionsHtml.Render(Teams, 3));

        // Assert
        Assert.Contains("<option value=\"12\" selected>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"3\" selected>", first, StringComparison.Ordinal);
        Assert.Contains("<option value=\"3\" selected>", second, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"12\" selected>", second, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AChoiceNotInTheList_MarksNothing()
    {
        // Act
        var html = Text(FilterOptionsHtml.Render(Teams, 99));

        // Assert
        Assert.DoesNotContain("selected", html, StringComparison.Ordinal);
    }

    private static string Text(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
