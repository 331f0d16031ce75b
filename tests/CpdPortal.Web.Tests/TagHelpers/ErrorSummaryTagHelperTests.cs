using CpdPortal.Web.TagHelpers;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Tests.TagHelpers;

public class ErrorSummaryTagHelperTests
{
    [Fact]
    public void Process_NoErrors_RendersNothing()
    {
        var helper = new ErrorSummaryTagHelper { ViewContext = TagHelperHarness.ViewContext(new ModelStateDictionary()) };
        var (context, output) = TagHelperHarness.Element("govuk-error-summary");

        helper.Process(context, output);

        Assert.Equal(string.Empty, TagHelperHarness.Html(output));
    }

    [Fact]
    public void Process_FieldErrors_LinksEachMessageToItsFieldAndFlagsTheTitle()
    {
        var state = new ModelStateDictionary();
        state.AddModelError("Email", "Enter your email address");
        state.AddModelError("Password", "Enter your password");
        var viewContext = TagHelperHarness.ViewContext(state);
        var helper = new ErrorSummaryTagHelper { ViewContext = viewContext };
        var (context, output) = TagHelperHarness.Element("govuk-error-summary");

        helper.Process(context, output);

        var html = TagHelperHarness.Html(output);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Email\">Enter your email address</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Password\">Enter your password</a>", html, StringComparison.Ordinal);
        Assert.Equal(true, viewContext.ViewData["HasErrors"]);
    }

    private sealed class Form
    {
        public string? Title { get; set; }

        public string? StartDate { get; set; }

        public string? EndDate { get; set; }
    }

    [Fact]
    public void Process_ErrorsAddedInAnyOrder_AreListedInTheFormsOrderWithFormErrorsFirst()
    {
        var state = new ModelStateDictionary();
        state.AddModelError("EndDate", "Enter the end date");
        state.AddModelError("Title", "Enter a title");
        state.AddModelError("StartDate", "Enter the start date");
        state.AddModelError(string.Empty, "Something about the whole form");
        var helper = new ErrorSummaryTagHelper { ViewContext = TagHelperHarness.ViewContext<Form>(state) };
        var (context, output) = TagHelperHarness.Element("govuk-error-summary");

        helper.Process(context, output);

        var html = TagHelperHarness.Html(output);
        string[] expectedOrder = ["Something about the whole form", "Enter a title", "Enter the start date", "Enter the end date"];
        var positions = expectedOrder
            .Select(m => html.IndexOf(m, StringComparison.Ordinal))
            .ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Process_MessageWithMarkup_IsEncoded()
    {
        var state = new ModelStateDictionary();
        state.AddModelError("Title", "<script>alert(1)</script>");
        var helper = new ErrorSummaryTagHelper { ViewContext = TagHelperHarness.ViewContext(state) };
        var (context, output) = TagHelperHarness.Element("govuk-error-summary");

        helper.Process(context, output);

        Assert.DoesNotContain("<script>", TagHelperHarness.Html(output), StringComparison.Ordinal);
    }
}
