using CpdPortal.Web.TagHelpers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using static CpdPortal.Web.Tests.TagHelpers.ComponentHarness;

namespace CpdPortal.Web.Tests.TagHelpers;

public class ChoicesTagHelperTests
{
    private static readonly string[] PostedBarriers = ["Time", "Other"];

    private static ModelExpression Field(string name, Type type, object? value) =>
        new(name, new EmptyModelMetadataProvider().GetModelExplorerForType(type, value));

    private static RadiosTagHelper Radios(object? value, ModelStateDictionary? state = null, string? hint = null) => new()
    {
        For = Field("Frequency", typeof(string), value),
        Legend = "How often do you want emails?",
        Hint = hint,
        ViewContext = TagHelperHarness.ViewContext(state ?? new ModelStateDictionary()),
    };

    private static Child Radio(string value, string label, string? hint = null, string content = "") =>
        new(new RadioTagHelper { Value = value, Label = label, Hint = hint }, "govuk-radio", content);

    [Fact]
    public async Task Radios_ModelValue_ChecksThatOptionAndGivesTheFirstOptionTheFieldsId()
    {
        var html = await RenderAsync(Radios("WeeklyDigest"), "govuk-radios", Radio("Immediate", "At once"), Radio("WeeklyDigest", "Weekly"));

        Assert.StartsWith("<div class=\"govuk-form-group\"><fieldset class=\"govuk-fieldset\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">How often do you want emails?</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-radios\" data-module=\"govuk-radios\">", html, StringComparison.Ordinal);
        Assert.Contains("<input class=\"govuk-radios__input\" id=\"Frequency\" name=\"Frequency\" type=\"radio\" value=\"Immediate\">", html, StringComparison.Ordinal);
        Assert.Contains("<input class=\"govuk-radios__input\" id=\"Frequency-WeeklyDigest\" name=\"Frequency\" type=\"radio\" value=\"WeeklyDigest\" checked>", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"govuk-label govuk-radios__label\" for=\"Frequency-WeeklyDigest\">Weekly</label>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Radios_WithAnError_MarksTheGroupAndDescribesTheFieldsetByHintAndMessage()
    {
        var state = new ModelStateDictionary();
        state.AddModelError("Frequency", "Select how often you want emails");

        var html = await RenderAsync(Radios(null, state, hint: "Required notices are always emailed."), "govuk-radios", Radio("Immediate", "At once"));

        Assert.StartsWith("<div class=\"govuk-form-group govuk-form-group--error\"><fieldset class=\"govuk-fieldset\" aria-describedby=\"Frequency-hint Frequency-error\">", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"Frequency-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Select how often you want emails</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" checked", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Radios_PostedValue_WinsOverTheModelsSoWhatWasChosenIsKept()
    {
        var state = new ModelStateDictionary();
        state.SetModelValue("Frequency", "Immediate", "Immediate");

        var html = await RenderAsync(Radios("WeeklyDigest", state), "govuk-radios", Radio("Immediate", "At once"), Radio("WeeklyDigest", "Weekly"));

        Assert.Contains("value=\"Immediate\" checked>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"WeeklyDigest\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Radios_OptionWithContent_RevealsItConditionallyAsGovukFrontendDoes()
    {
        var html = await RenderAsync(
            Radios("Email"),
            "govuk-radios",
            Radio("Email", "Email", content: "<p>address</p>"),
            Radio("Phone", "Phone", hint: "Office hours only", content: "<p>number</p>"));

        Assert.Contains("id=\"Frequency\" name=\"Frequency\" type=\"radio\" value=\"Email\" checked data-aria-controls=\"conditional-Frequency\">", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-radios__conditional\" id=\"conditional-Frequency\"><p>address</p></div>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Phone\" data-aria-controls=\"conditional-Frequency-Phone\" aria-describedby=\"Frequency-Phone-item-hint\">", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"Frequency-Phone-item-hint\" class=\"govuk-hint govuk-radios__hint\">Office hours only</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-radios__conditional govuk-radios__conditional--hidden\" id=\"conditional-Frequency-Phone\"><p>number</p></div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Radios_InlineWithHeadingLegend_UsesTheModifierAndAnH1()
    {
        var radios = Radios("Yes");
        radios.Inline = true;
        radios.LegendIsHeading = true;
        radios.LegendClass = "govuk-fieldset__legend--l";

        var html = await RenderAsync(radios, "govuk-radios", Radio("Yes", "Yes"), Radio("No", "No"));

        Assert.Contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--l\"><h1 class=\"govuk-fieldset__heading\">How often do you want emails?</h1></legend>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-radios govuk-radios--inline\" data-module=\"govuk-radios\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Radios_NameWithoutModel_UsesSelectedAndEncodesLabels()
    {
        var radios = new RadiosTagHelper { Name = "stage", Selected = 3, Legend = "Stage", ViewContext = TagHelperHarness.ViewContext(new ModelStateDictionary()) };

        var html = await RenderAsync(radios, "govuk-radios", Radio("2", "<b>Two</b>"), Radio("3", "Three"));

        Assert.Contains("id=\"stage-3\" name=\"stage\" type=\"radio\" value=\"3\" checked>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Two&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Radios_EnumModel_ChecksTheOptionByName()
    {
        var radios = new RadiosTagHelper { For = Field("Day", typeof(DayOfWeek), DayOfWeek.Tuesday), Legend = "Day", ViewContext = TagHelperHarness.ViewContext(new ModelStateDictionary()) };

        var html = await RenderAsync(radios, "govuk-radios", Radio("Monday", "Monday"), Radio("Tuesday", "Tuesday"));

        Assert.Contains("value=\"Tuesday\" checked>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Monday\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkboxes_ListModel_TicksEveryValueInItAndMarksTheExclusiveOption()
    {
        var boxes = new CheckboxesTagHelper
        {
            For = Field("Stopped", typeof(List<string>), new List<string> { "A", "C" }),
            Legend = "Which emails do you want to stop?",
            Small = true,
            ViewContext = TagHelperHarness.ViewContext(new ModelStateDictionary()),
        };

        var html = await RenderAsync(
            boxes,
            "govuk-checkboxes",
            new Child(new CheckboxTagHelper { Value = "A", Label = "A" }, "govuk-checkbox"),
            new Child(new CheckboxTagHelper { Value = "B", Label = "B" }, "govuk-checkbox"),
            new Child(new CheckboxTagHelper { Value = "C", Label = "C" }, "govuk-checkbox"),
            new Child(new ChoicesDividerTagHelper(), "govuk-checkboxes-divider"),
            new Child(new CheckboxTagHelper { Value = "None", Label = "None of these", Exclusive = true }, "govuk-checkbox"));

        Assert.Contains("<div class=\"govuk-checkboxes govuk-checkboxes--small\" data-module=\"govuk-checkboxes\">", html, StringComparison.Ordinal);
        Assert.Contains("<input class=\"govuk-checkboxes__input\" id=\"Stopped\" name=\"Stopped\" type=\"checkbox\" value=\"A\" checked>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Stopped-B\" name=\"Stopped\" type=\"checkbox\" value=\"B\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Stopped-C\" name=\"Stopped\" type=\"checkbox\" value=\"C\" checked>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-checkboxes__divider\">or</div>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"None\" data-behaviour=\"exclusive\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkboxes_PostedValues_AreTickedAgainAndAConditionalPanelShows()
    {
        var state = new ModelStateDictionary();
        state.SetModelValue("Barriers", PostedBarriers, "Time,Other");
        var boxes = new CheckboxesTagHelper { For = Field("Barriers", typeof(List<string>), new List<string>()), Legend = "What gets in the way?", ViewContext = TagHelperHarness.ViewContext(state) };

        var html = await RenderAsync(
            boxes,
            "govuk-checkboxes",
            new Child(new CheckboxTagHelper { Value = "Time", Label = "Time" }, "govuk-checkbox"),
            new Child(new CheckboxTagHelper { Value = "Cost", Label = "Cost" }, "govuk-checkbox"),
            new Child(new CheckboxTagHelper { Value = "Other", Label = "Other" }, "govuk-checkbox", "<input name=\"OtherBarrier\">"));

        Assert.Contains("value=\"Time\" checked>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Cost\">", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Other\" checked data-aria-controls=\"conditional-Barriers-Other\">", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-checkboxes__conditional\" id=\"conditional-Barriers-Other\"><input name=\"OtherBarrier\"></div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkboxes_WithoutALegend_AreALoneQuestionWithNoFieldset()
    {
        var boxes = new CheckboxesTagHelper { Name = "retired", Selected = true, Small = true, ViewContext = TagHelperHarness.ViewContext(new ModelStateDictionary()) };

        var html = await RenderAsync(boxes, "govuk-checkboxes", new Child(new CheckboxTagHelper { Value = "true", Label = "Show retired courses" }, "govuk-checkbox"));

        Assert.Equal(
            "<div class=\"govuk-form-group\"><div class=\"govuk-checkboxes govuk-checkboxes--small\" data-module=\"govuk-checkboxes\">" +
            "<div class=\"govuk-checkboxes__item\"><input class=\"govuk-checkboxes__input\" id=\"retired\" name=\"retired\" type=\"checkbox\" value=\"true\" checked>" +
            "<label class=\"govuk-label govuk-checkboxes__label\" for=\"retired\">Show retired courses</label></div>" +
            "</div></div>",
            html);
    }

    [Fact]
    public async Task Checkboxes_WithGroupHeadings_GiveEachGroupItsOwnContainerInOneFieldset()
    {
        var boxes = new CheckboxesTagHelper { Name = "AreaIds", Legend = "Competence areas", Small = true, ViewContext = TagHelperHarness.ViewContext(new ModelStateDictionary()) };

        var html = await RenderAsync(
            boxes,
            "govuk-checkboxes",
            new Child(new ChoicesHeadingTagHelper { Text = "PCF" }, "govuk-checkboxes-heading"),
            new Child(new CheckboxTagHelper { Value = "1", Label = "Values" }, "govuk-checkbox"),
            new Child(new ChoicesHeadingTagHelper { Text = "KSS & more" }, "govuk-checkboxes-heading"),
            new Child(new CheckboxTagHelper { Value = "2", Label = "Child development" }, "govuk-checkbox"));

        Assert.Single(html.Split("<fieldset").Skip(1));
        Assert.Contains(
            "<div class=\"govuk-checkboxes govuk-checkboxes--small\" data-module=\"govuk-checkboxes\"><p class=\"govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2\">PCF</p><div class=\"govuk-checkboxes__item\"><input class=\"govuk-checkboxes__input\" id=\"AreaIds\"",
            html,
            StringComparison.Ordinal);
        Assert.Contains(
            "</div></div><p class=\"govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2\">KSS &amp; more</p><div class=\"govuk-checkboxes govuk-checkboxes--small\" data-module=\"govuk-checkboxes\"><div class=\"govuk-checkboxes__item\"><input class=\"govuk-checkboxes__input\" id=\"AreaIds-2\"",
            html,
            StringComparison.Ordinal);
        Assert.EndsWith("</label></div></div></fieldset></div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkboxes_BoolModel_TicksTheTrueOption()
    {
        var boxes = new CheckboxesTagHelper { For = Field("Confirmed", typeof(bool), true), Legend = "Confirm", ViewContext = TagHelperHarness.ViewContext(new ModelStateDictionary()) };

        var html = await RenderAsync(boxes, "govuk-checkboxes", new Child(new CheckboxTagHelper { Value = "true", Label = "I confirm" }, "govuk-checkbox"));

        Assert.Contains("id=\"Confirmed\" name=\"Confirmed\" type=\"checkbox\" value=\"true\" checked>", html, StringComparison.Ordinal);
    }
}
