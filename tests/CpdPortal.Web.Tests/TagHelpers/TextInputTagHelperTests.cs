using CpdPortal.Web.TagHelpers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CpdPortal.Web.Tests.TagHelpers;

public class TextInputTagHelperTests
{
    private sealed class Form
    {
        public string? Email { get; set; }

        public string? Password { get; set; }
    }

    private static string Render(string property, ModelStateDictionary state, string type = "text", string? hint = null, object? value = null)
    {
        var provider = new EmptyModelMetadataProvider();
        var explorer = provider.GetModelExplorerForType(typeof(string), value);
        var helper = new TextInputTagHelper
        {
            For = new ModelExpression(property, explorer),
            Label = property == "Email" ? "Email address" : "Password",
            Type = type,
            Hint = hint,
            ViewContext = TagHelperHarness.ViewContext(state),
        };
        var (context, output) = TagHelperHarness.Element("govuk-input");
        helper.Process(context, output);
        return TagHelperHarness.Html(output);
    }

    [Fact]
    public void Process_Valid_RendersLabelBoundToTheInput()
    {
        var html = Render(nameof(Form.Email), new ModelStateDictionary(), "email", hint: "Your work address");

        Assert.Contains("<label class=\"govuk-label \" for=\"Email\">Email address</label>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Email\" name=\"Email\" type=\"email\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Email-hint\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-form-group--error", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_Invalid_ShowsTheMessageBesideTheFieldAndKeepsWhatWasTyped()
    {
        var state = new ModelStateDictionary();
        state.SetModelValue("Email", "not-an-email", "not-an-email");
        state.AddModelError("Email", "Enter an email address in the correct format, like name@example.org");

        var html = Render(nameof(Form.Email), state, "email");

        Assert.Contains("govuk-form-group--error", html, StringComparison.Ordinal);
        Assert.Contains("govuk-input--error", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"govuk-visually-hidden\">Error:</span> Enter an email address in the correct format", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Email-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"not-an-email\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_Password_NeverEchoesTheValue()
    {
        var state = new ModelStateDictionary();
        state.SetModelValue("Password", "hunter2hunter2", "hunter2hunter2");

        var html = Render(nameof(Form.Password), state, "password", value: "hunter2hunter2");

        Assert.DoesNotContain("hunter2", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_ValueWithMarkup_IsEncoded()
    {
        var state = new ModelStateDictionary();
        state.SetModelValue("Email", "\"><script>x</script>", "\"><script>x</script>");

        var html = Render(nameof(Form.Email), state);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }
}
