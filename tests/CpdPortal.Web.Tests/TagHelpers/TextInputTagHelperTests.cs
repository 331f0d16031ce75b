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

    [Fact]
    public void Process_NameGiven_NamesTheFieldAndReadsItsErrorAndValueUnderThatName()
    {
        // A form nested in the page's model (asp-for="Form.Feedback") whose field posts as "Feedback".
        var state = new ModelStateDictionary();
        state.SetModelValue("Feedback", "typed", "typed");
        state.AddModelError("Feedback", "Feedback must be 2000 characters or fewer");
        var explorer = new EmptyModelMetadataProvider().GetModelExplorerForType(typeof(string), "from the model");
        var helper = new TextareaTagHelper
        {
            For = new ModelExpression("Form.Feedback", explorer),
            Name = "Feedback",
            Label = "Feedback for the practitioner",
            MaxLength = 2000,
            ViewContext = TagHelperHarness.ViewContext(state),
        };
        var (context, output) = TagHelperHarness.Element("govuk-textarea");

        helper.Process(context, output);
        var html = TagHelperHarness.Html(output);

        Assert.Contains("id=\"Feedback\" name=\"Feedback\"", html, StringComparison.Ordinal);
        Assert.Contains("for=\"Feedback\"", html, StringComparison.Ordinal);
        Assert.Contains("Error:</span> Feedback must be 2000 characters or fewer", html, StringComparison.Ordinal);
        Assert.Contains(">typed</textarea>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Form.Feedback", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Form_Feedback", html, StringComparison.Ordinal);
    }
}
