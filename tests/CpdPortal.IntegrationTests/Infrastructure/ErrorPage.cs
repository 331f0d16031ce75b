using System.Text.RegularExpressions;

namespace CpdPortal.IntegrationTests.Infrastructure;

/// <summary>What every error page must and must not show.</summary>
public static partial class ErrorPage
{
    /// <summary>Neither the exception's message nor any part of a stack trace reaches the page.</summary>
    public static void AssertNoExceptionDetail(string html)
    {
        Assert.DoesNotContain(TestOnlyController.ExceptionMessage, html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(TestOnlyController), html, StringComparison.Ordinal);
        Assert.DoesNotMatch(StackFrame(), html);
        Assert.DoesNotContain(".cs:line", html, StringComparison.Ordinal);
    }

    /// <summary>A stack frame: "at Namespace.Type.Method(".</summary>
    [GeneratedRegex(@"\bat [A-Za-z_][\w.`<>]*\.[\w<>`]+\(")]
    private static partial Regex StackFrame();

    [GeneratedRegex("^Reference: (?<id>[0-9a-f]{32}|[0-9A-Za-z:.-]{8,})$")]
    public static partial Regex ReferencePattern();
}
