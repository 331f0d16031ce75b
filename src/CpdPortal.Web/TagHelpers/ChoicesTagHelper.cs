using System.Collections;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CpdPortal.Web.TagHelpers;

/// <summary>
/// GOV.UK radios: a fieldset with its legend, hint and error, one <c>&lt;govuk-radio&gt;</c> per option.
/// <code>
/// &lt;govuk-radios asp-for="Frequency" legend="How often?" hint="..."&gt;
///     &lt;govuk-radio value="Immediate" label="At once" /&gt;
///     &lt;govuk-radio value="Other" label="Something else"&gt;&lt;govuk-input asp-for="OtherText" label="What?" /&gt;&lt;/govuk-radio&gt;
/// &lt;/govuk-radios&gt;
/// </code>
/// Content inside an option is its conditional reveal, as govuk-frontend does it: the input gets
/// <c>data-aria-controls</c> (the GOV.UK script turns it into <c>aria-controls</c> and <c>aria-expanded</c>), and the
/// panel is hidden until the option is chosen (shown when the form comes back with it chosen). Without the script every
/// panel is shown, so nothing is out of reach. The first option's id is the field's name, so the error summary's link
/// lands on it. Chosen: what was posted (model state), else the model's value, else <c>selected</c>.
/// </summary>
[HtmlTargetElement("govuk-radios")]
[RestrictChildren("govuk-radio", "govuk-radios-divider")]
public sealed class RadiosTagHelper : ChoicesTagHelper
{
    protected override string Kind => "radios";
}

/// <summary>
/// GOV.UK checkboxes, the same way as <see cref="RadiosTagHelper"/>: <c>&lt;govuk-checkboxes asp-for="Stopped"
/// legend="..."&gt;&lt;govuk-checkbox value="x" label="..." /&gt;&lt;/govuk-checkboxes&gt;</c>. The model value may be
/// a list (each value in it is ticked) or a bool (the option whose value is "true" is ticked). An option with
/// <c>exclusive="true"</c> ("None of these") unticks the others, as govuk-frontend's exclusive behaviour does.
/// </summary>
[HtmlTargetElement("govuk-checkboxes")]
[RestrictChildren("govuk-checkbox", "govuk-checkboxes-divider", "govuk-checkboxes-heading")]
public sealed class CheckboxesTagHelper : ChoicesTagHelper
{
    protected override string Kind => "checkboxes";
}

/// <summary>What a radios or checkboxes group tells its options while they render.</summary>
internal sealed class ChoicesContext(string kind, string name, string firstId, ISet<string> chosen, string modifiers)
{
    public string FirstId { get; } = firstId;

    /// <summary>The options' container classes after <c>govuk-{kind}</c> (inline, small), for a group's next container.</summary>
    public string Modifiers { get; } = modifiers;

    /// <summary>How many options had been written when the current container opened.</summary>
    public int CountAtOpen { get; set; }

    public string Kind { get; } = kind;

    public string Name { get; } = name;

    public ISet<string> Chosen { get; } = chosen;

    public int Count { get; set; }
}

public abstract class ChoicesTagHelper : TagHelper
{
    /// <summary>The field; its name is every option's name unless <see cref="Name"/> is given.</summary>
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    /// <summary>The field's name when there is no <c>asp-for</c> (e.g. a form posted to an action argument).</summary>
    public string? Name { get; set; }

    /// <summary>
    /// The model-state key of the question's error, and the first option's id, when it is not the name (e.g. the name
    /// is "Ratings[3]" and the domain reports "Rating-3").
    /// </summary>
    public string? Field { get; set; }

    /// <summary>Ids of text elsewhere on the page that also describes the question (e.g. a shared rating scale).</summary>
    public string? DescribedBy { get; set; }

    /// <summary>What is chosen when nothing was posted and there is no model value: one value or a list of values.</summary>
    public object? Selected { get; set; }

    public string Legend { get; set; } = string.Empty;

    /// <summary>Classes for the legend, e.g. govuk-fieldset__legend--l; medium by default.</summary>
    public string LegendClass { get; set; } = "govuk-fieldset__legend--m";

    /// <summary>The legend is the page's heading (an h1 inside it), as GOV.UK does on one-question pages.</summary>
    public bool LegendIsHeading { get; set; }

    /// <summary>The heading's level when <see cref="LegendIsHeading"/>: 1 on a one-question page, 2 for a section.</summary>
    public int HeadingLevel { get; set; } = 1;

    public string? Hint { get; set; }

    public bool Inline { get; set; }

    public bool Small { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    protected abstract string Kind { get; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var name = Name ?? For?.Name ?? throw new InvalidOperationException($"govuk-{Kind} needs asp-for or name.");
        var field = new GovukField(ViewContext, Field ?? name, DescribedBy);
        var modifiers = (Inline ? $" govuk-{Kind}--inline" : string.Empty) + (Small ? $" govuk-{Kind}--small" : string.Empty);
        var choices = new ChoicesContext(Kind, name, field.Id, Chosen(name), modifiers);
        context.Items[typeof(ChoicesContext)] = choices;
        var options = await output.GetChildContentAsync();

        var encoder = GovukField.Encoder;
        var html = new StringBuilder();
        var body = new StringBuilder();
        field.AppendHint(body, Hint);
        field.AppendError(body);
        // A lone checkbox ("Show retired courses") is its own question: no fieldset, since a legend would only repeat it.
        var fieldset = Legend.Length > 0;
        if (fieldset)
        {
            html.Append($"<fieldset class=\"govuk-fieldset\"{field.DescribedByAttribute()}>");
            html.Append($"<legend class=\"{encoder.Encode(("govuk-fieldset__legend " + LegendClass).Trim())}\">");
            html.Append(LegendIsHeading
                ? $"<h{HeadingLevel} class=\"govuk-fieldset__heading\">{encoder.Encode(Legend)}</h{HeadingLevel}>"
                : encoder.Encode(Legend));
            html.Append("</legend>");
        }

        html.Append(body);
        html.Append($"<div class=\"govuk-{Kind}{modifiers}\" data-module=\"govuk-{Kind}\">");

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        var extra = output.Attributes.TryGetAttribute("class", out var c) ? " " + c.Value : string.Empty;
        output.Attributes.SetAttribute("class", field.FormGroupClass + extra);
        output.Content.SetHtmlContent(html.ToString());
        output.Content.AppendHtml(options);
        output.Content.AppendHtml(fieldset ? "</div></fieldset>" : "</div>");
    }

    /// <summary>The values chosen: as posted when the form came back, else the model's, else <see cref="Selected"/>.</summary>
    private HashSet<string> Chosen(string name)
    {
        if (ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.RawValue is not null)
        {
            return Values(entry.RawValue);
        }

        return Values(For?.Model ?? Selected);
    }

    private static HashSet<string> Values(object? value) => value switch
    {
        null => [],
        string s => [s],
        bool b => [b ? "true" : "false"],
        Enum e => [e.ToString(), Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)],
        IEnumerable many => many.Cast<object?>().SelectMany(Values).ToHashSet(StringComparer.OrdinalIgnoreCase),
        IFormattable f => [f.ToString(null, CultureInfo.InvariantCulture)],
        _ => [value.ToString() ?? string.Empty],
    };
}

/// <summary>One radio in a <c>&lt;govuk-radios&gt;</c>: value, label, optional hint; its content is revealed when chosen.</summary>
[HtmlTargetElement("govuk-radio", ParentTag = "govuk-radios")]
public sealed class RadioTagHelper : ChoiceItemTagHelper;

/// <summary>One checkbox in a <c>&lt;govuk-checkboxes&gt;</c>: value, label, optional hint; its content is revealed when ticked.</summary>
[HtmlTargetElement("govuk-checkbox", ParentTag = "govuk-checkboxes")]
public sealed class CheckboxTagHelper : ChoiceItemTagHelper
{
    /// <summary>"None of these": ticking it unticks the others (govuk-frontend's exclusive behaviour).</summary>
    public bool Exclusive { get; set; }

    protected override string? Behaviour => Exclusive ? "exclusive" : null;
}

public abstract class ChoiceItemTagHelper : TagHelper
{
    public string Value { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public string? Hint { get; set; }

    /// <summary>The input's id; by default the field's name for the first option, "{name}-{value}" for the others.</summary>
    public string? Id { get; set; }

    /// <summary>Overrides whether the option is chosen (e.g. a checkbox with its own bool field).</summary>
    public bool? Checked { get; set; }

    /// <summary>A checkbox with a name of its own (its own bool field) instead of the group's.</summary>
    public string? Name { get; set; }

    protected virtual string? Behaviour => null;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var group = (ChoicesContext)context.Items[typeof(ChoicesContext)];
        var kind = group.Kind;
        var name = Name ?? group.Name;
        var id = Id ?? (group.Count == 0 ? group.FirstId : TagBuilder.CreateSanitizedId($"{group.FirstId}-{Value}", "_"));
        group.Count++;
        var chosen = Checked ?? group.Chosen.Contains(Value);
        var conditional = await output.GetChildContentAsync();
        var hasConditional = !conditional.IsEmptyOrWhiteSpace;

        var encoder = GovukField.Encoder;
        var type = kind == "radios" ? "radio" : "checkbox";
        var html = new StringBuilder();
        html.Append($"<div class=\"govuk-{kind}__item\">");
        html.Append($"<input class=\"govuk-{kind}__input\" id=\"{encoder.Encode(id)}\" name=\"{encoder.Encode(name)}\" type=\"{type}\" value=\"{encoder.Encode(Value)}\"");
        if (chosen)
        {
            html.Append(" checked");
        }

        if (hasConditional)
        {
            html.Append($" data-aria-controls=\"conditional-{encoder.Encode(id)}\"");
        }

        if (Hint is not null)
        {
            html.Append($" aria-describedby=\"{encoder.Encode(id)}-item-hint\"");
        }

        if (Behaviour is not null)
        {
            html.Append($" data-behaviour=\"{Behaviour}\"");
        }

        html.Append('>');
        html.Append($"<label class=\"govuk-label govuk-{kind}__label\" for=\"{encoder.Encode(id)}\">{encoder.Encode(Label)}</label>");
        if (Hint is not null)
        {
            html.Append($"<div id=\"{encoder.Encode(id)}-item-hint\" class=\"govuk-hint govuk-{kind}__hint\">{encoder.Encode(Hint)}</div>");
        }

        html.Append("</div>");

        output.TagName = null;
        output.Content.SetHtmlContent(html.ToString());
        if (hasConditional)
        {
            var hidden = chosen ? string.Empty : $" govuk-{kind}__conditional--hidden";
            output.Content.AppendHtml($"<div class=\"govuk-{kind}__conditional{hidden}\" id=\"conditional-{encoder.Encode(id)}\">");
            output.Content.AppendHtml(conditional);
            output.Content.AppendHtml("</div>");
        }
    }
}

/// <summary>The "or" between the options and a last one, e.g. before "None of these".</summary>
[HtmlTargetElement("govuk-radios-divider", ParentTag = "govuk-radios")]
[HtmlTargetElement("govuk-checkboxes-divider", ParentTag = "govuk-checkboxes")]
public sealed class ChoicesDividerTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var group = (ChoicesContext)context.Items[typeof(ChoicesContext)];
        var text = (await output.GetChildContentAsync()).GetContent();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", $"govuk-{group.Kind}__divider");
        output.Content.SetContent(string.IsNullOrWhiteSpace(text) ? "or" : text.Trim());
    }
}

/// <summary>
/// A heading between groups of options in one question, e.g. competence areas under each framework's name:
/// <c>&lt;govuk-checkboxes-heading text="PCF 2024" /&gt;</c> before each group's <c>&lt;govuk-checkbox&gt;</c>s. The
/// options stay one field with one legend, error and hint; each group gets its own container.
/// </summary>
[HtmlTargetElement("govuk-checkboxes-heading", ParentTag = "govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ChoicesHeadingTagHelper : TagHelper
{
    public string Text { get; set; } = string.Empty;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var group = (ChoicesContext)context.Items[typeof(ChoicesContext)];
        var heading = $"<p class=\"govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2\">{GovukField.Encoder.Encode(Text)}</p>";
        output.TagName = null;
        if (group.Count == group.CountAtOpen)
        {
            // Nothing written in the open container yet (the first group): the heading opens it.
            output.Content.SetHtmlContent(heading);
            return;
        }

        // Close this group's container and open the next one's under its heading.
        output.Content.SetHtmlContent($"</div>{heading}<div class=\"govuk-{group.Kind}{group.Modifiers}\" data-module=\"govuk-{group.Kind}\">");
        group.CountAtOpen = group.Count;
    }
}
