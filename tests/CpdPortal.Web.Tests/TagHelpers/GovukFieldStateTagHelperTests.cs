using CpdPortal.Web.TagHelpers;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Tests.TagHelpers;

public class GovukFieldStateTagHelperTests
{
    private static string Render(string tag, string classes, ModelStateDictionary state, string? describedBy = null)
    {
        var helper = new GovukFieldStateTagHelper { Field = "supervisorId", ViewContext = TagHelperHarness.ViewContext(state) };
        var (context, output) = TagHelperHarness.Element(tag);
        output.Attributes.Add("class", classes);
        if (describedBy is not null)
        {
            output.Attributes.Add("aria-describedby", describedBy);
        }

        helper.Process(context, output);
        return TagHelperHarness.Html(output);
    }

    private static ModelStateDictionary WithError()
    {
        var state = new ModelStateDictionary();
        state.AddModelError("supervisorId", "Select a supervisor");
        return state;
    }

    [Fact]
    public void Process_FormGroupWithAnError_AddsTheErrorModifier()
    {
        var html = Render("div", "govuk-form-group", WithError());

        Assert.Contains("class=\"govuk-form-group govuk-form-group--error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-describedby", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_SelectWithAnError_AddsTheModifierAndPointsAtTheMessageAfterTheHint()
    {
        var html = Render("select", "govuk-select", WithError(), "supervisorId-hint");

        Assert.Contains("class=\"govuk-select govuk-select--error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"supervisorId-hint supervisorId-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_FileUploadWithAnError_AddsTheModifierAndPointsAtTheMessageAfterTheHint()
    {
        var html = Render("input", "govuk-file-upload", WithError(), "supervisorId-hint");

        Assert.Contains("class=\"govuk-file-upload govuk-file-upload--error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"supervisorId-hint supervisorId-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_NoError_LeavesTheMarkupAsWritten()
    {
        var html = Render("select", "govuk-select", new ModelStateDictionary(), "supervisorId-hint");

        Assert.Contains("class=\"govuk-select\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"supervisorId-hint\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorMessage_WithAnError_RendersTheGovukMessageWithTheIdTheFieldPointsAt()
    {
        var helper = new GovukErrorMessageTagHelper { For = "supervisorId", ViewContext = TagHelperHarness.ViewContext(WithError()) };
        var (context, output) = TagHelperHarness.Element("govuk-error-message");

        helper.Process(context, output);

        Assert.Equal("<p id=\"supervisorId-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Select a supervisor</p>", TagHelperHarness.Html(output));
    }

    [Fact]
    public void ErrorMessage_NoError_RendersNothing()
    {
        var helper = new GovukErrorMessageTagHelper { For = "supervisorId", ViewContext = TagHelperHarness.ViewContext(new ModelStateDictionary()) };
        var (context, output) = TagHelperHarness.Element("govuk-error-message");

        helper.Process(context, output);

        Assert.Equal(string.Empty, TagHelperHarness.Html(output));
    }
}
