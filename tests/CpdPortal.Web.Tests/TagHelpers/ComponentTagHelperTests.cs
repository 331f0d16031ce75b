using CpdPortal.Web.TagHelpers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Razor.TagHelpers;
using static CpdPortal.Web.Tests.TagHelpers.ComponentHarness;

namespace CpdPortal.Web.Tests.TagHelpers;

/// <summary>The summary list, notification banner, button, table and pagination helpers render govuk-frontend's markup.</summary>
public class ComponentTagHelperTests
{
    [Fact]
    public async Task SummaryList_RowsWithAndWithoutActions_MarkTheOnesWithoutAndHideTheActionsSubject()
    {
        var html = await RenderAsync(
            new SummaryListTagHelper(),
            "govuk-summary-list",
            new Child(new SummaryRowTagHelper { Key = "Name", ActionHref = "/my/name", ActionHidden = "name" }, "govuk-summary-row", "Sam <em>Smith</em>"),
            new Child(new SummaryRowTagHelper { Key = "Team & role", TestId = "team" }, "govuk-summary-row", "Fostering"));

        Assert.Equal(
            "<dl class=\"govuk-summary-list\">" +
            "<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">Name</dt><dd class=\"govuk-summary-list__value\">Sam <em>Smith</em></dd>" +
            "<dd class=\"govuk-summary-list__actions\"><a class=\"govuk-link\" href=\"/my/name\">Change<span class=\"govuk-visually-hidden\"> name</span></a></dd></div>" +
            "<div class=\"govuk-summary-list__row govuk-summary-list__row--no-actions\" data-testid=\"team\"><dt class=\"govuk-summary-list__key\">Team &amp; role</dt><dd class=\"govuk-summary-list__value\">Fostering</dd></div>" +
            "</dl>",
            html);
    }

    [Fact]
    public async Task SummaryList_NoActionsAnywhere_NoRowIsMarkedAndNoBorderIsAModifier()
    {
        var html = await RenderAsync(
            new SummaryListTagHelper { NoBorder = true },
            "govuk-summary-list",
            new Child(new SummaryRowTagHelper { Key = "Hours" }, "govuk-summary-row", "3"));

        Assert.StartsWith("<dl class=\"govuk-summary-list govuk-summary-list--no-border\"><div class=\"govuk-summary-list__row\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("no-actions", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummaryRow_OtherAttributesAndValueTestIdAndClass_AreKeptOnTheRowAndItsValue()
    {
        var html = await RenderAsync(
            new SummaryListTagHelper(),
            "govuk-summary-list",
            new Child(
                new SummaryRowTagHelper { Key = "Comment", ValueTestId = "comment", ValueClass = "app-preserve-lines" },
                "govuk-summary-row",
                "Line one",
                [new TagHelperAttribute("data-criterion", "WhatLearnt & more")]));

        Assert.Equal(
            "<dl class=\"govuk-summary-list\">" +
            "<div class=\"govuk-summary-list__row\" data-criterion=\"WhatLearnt &amp; more\"><dt class=\"govuk-summary-list__key\">Comment</dt>" +
            "<dd class=\"govuk-summary-list__value app-preserve-lines\" data-testid=\"comment\">Line one</dd></div>" +
            "</dl>",
            html);
    }

    [Fact]
    public async Task NotificationBanner_Success_IsAnAlertTitledSuccessWithItsHeading()
    {
        var html = await RenderAsync(new NotificationBannerTagHelper { Type = "success", Heading = "Activity saved", TitleId = "flash-title" }, "govuk-notification-banner", string.Empty);

        Assert.Equal(
            "<div class=\"govuk-notification-banner govuk-notification-banner--success\" role=\"alert\" aria-labelledby=\"flash-title\" data-module=\"govuk-notification-banner\">" +
            "<div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" id=\"flash-title\">Success</h2></div>" +
            "<div class=\"govuk-notification-banner__content\"><p class=\"govuk-notification-banner__heading\">Activity saved</p></div></div>",
            html);
    }

    [Fact]
    public async Task NotificationBanner_Important_IsARegionLabelledByItsTitleAndKeepsItsContent()
    {
        var html = await RenderAsync(new NotificationBannerTagHelper(), "govuk-notification-banner", "<p class=\"govuk-body\">Your plan is due.</p>");

        Assert.Contains("class=\"govuk-notification-banner\" role=\"region\" aria-labelledby=\"govuk-notification-banner-title\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"govuk-notification-banner-title\">Important</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-notification-banner__content\"><p class=\"govuk-body\">Your plan is due.</p></div>", html, StringComparison.Ordinal);
    }

    private static string Button(string tag, string? variant, bool preventDoubleClick = false, TagHelperAttributeList? attributes = null)
    {
        var helper = new ButtonTagHelper { PreventDoubleClick = preventDoubleClick };
        attributes ??= [];
        attributes.Insert(0, variant is null ? new TagHelperAttribute("govuk-button") : new TagHelperAttribute("govuk-button", variant));
        var context = new TagHelperContext(tag, new TagHelperAttributeList(attributes), new Dictionary<object, object>(), "b");
        var output = new TagHelperOutput(tag, attributes, (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        output.Content.SetContent("Save");
        helper.Process(context, output);
        return TagHelperHarness.Html(output);
    }

    [Fact]
    public void Button_WrittenBare_IsASubmitButtonWithTheGovukModule()
    {
        Assert.Equal("<button class=\"govuk-button\" data-module=\"govuk-button\" type=\"submit\">Save</button>", Button("button", variant: null));
    }

    [Fact]
    public void Button_SecondaryPreventingDoubleClick_KeepsItsOwnTypeAndClasses()
    {
        var html = Button("button", "secondary", preventDoubleClick: true, [new TagHelperAttribute("type", "button"), new TagHelperAttribute("class", "govuk-!-margin-bottom-0")]);

        Assert.Equal("<button type=\"button\" class=\"govuk-button govuk-button--secondary govuk-!-margin-bottom-0\" data-module=\"govuk-button\" data-prevent-double-click=\"true\">Save</button>", html);
    }

    [Fact]
    public void Button_StartLink_IsARoleButtonLinkWithTheArrow()
    {
        var html = Button("a", "start", attributes: [new TagHelperAttribute("href", "/survey")]);

        Assert.StartsWith("<a href=\"/survey\" class=\"govuk-button govuk-button--start\" data-module=\"govuk-button\" role=\"button\" draggable=\"false\">Save<svg class=\"govuk-button__start-icon\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Button_UnknownVariant_IsRefusedRatherThanRenderedWrong()
    {
        Assert.Throws<InvalidOperationException>(() => Button("button", "danger"));
    }

    [Fact]
    public async Task Table_Scrolling_IsWrappedInAFocusableRegionNamedByItsCaption()
    {
        var html = await RenderAsync(
            new TableTagHelper { Caption = "Courses by area", CaptionClass = "govuk-table__caption--m", CaptionId = "grid-caption", Scroll = true },
            "govuk-table",
            "<tbody class=\"govuk-table__body\"></tbody>",
            [new TagHelperAttribute("class", "app-heatmap")]);

        Assert.Equal(
            "<div class=\"app-table-scroll\" role=\"region\" aria-labelledby=\"grid-caption\" tabindex=\"0\">" +
            "<table class=\"govuk-table app-heatmap\"><caption class=\"govuk-table__caption govuk-table__caption--m\" id=\"grid-caption\">Courses by area</caption>" +
            "<tbody class=\"govuk-table__body\"></tbody></table></div>",
            html);
    }

    [Fact]
    public async Task Table_NotScrolling_IsJustTheTableWithItsCaption()
    {
        var html = await RenderAsync(new TableTagHelper { Caption = "Leavers" }, "govuk-table", "<tbody></tbody>");

        Assert.Equal("<table class=\"govuk-table\"><caption class=\"govuk-table__caption\" id=\"table-caption-only\">Leavers</caption><tbody></tbody></table>", html);
    }

    private static string Pagination(int page, int total, string query = "", string? fragment = null, string parameter = "page")
    {
        var viewContext = TagHelperHarness.ViewContext(new ModelStateDictionary());
        viewContext.HttpContext.Request.Path = "/courses";
        viewContext.HttpContext.Request.QueryString = new QueryString(query);
        var helper = new PaginationTagHelper { Page = page, TotalPages = total, Fragment = fragment, Parameter = parameter, ViewContext = viewContext };
        var (context, output) = TagHelperHarness.Element("govuk-pagination");
        helper.Process(context, output);
        return TagHelperHarness.Html(output);
    }

    [Fact]
    public void Pagination_OnePage_RendersNothing()
    {
        Assert.Equal(string.Empty, Pagination(1, 1));
    }

    [Fact]
    public void Pagination_MiddlePage_KeepsTheFiltersAndChangesOnlyThePage()
    {
        var html = Pagination(5, 9, "?q=child%20protection&page=5&area=3");

        Assert.Contains("<nav class=\"govuk-pagination\" aria-label=\"Pages\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/courses?q=child%20protection&amp;area=3&amp;page=4\" rel=\"prev\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/courses?q=child%20protection&amp;area=3&amp;page=6\" rel=\"next\"", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"govuk-pagination__item govuk-pagination__item--current\"><a class=\"govuk-link govuk-pagination__link\" href=\"/courses?q=child%20protection&amp;area=3&amp;page=5\" aria-label=\"Page 5\" aria-current=\"page\">5</a></li>", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("govuk-pagination__item--ellipses").Length - 1);
    }

    [Fact]
    public void Pagination_FirstPageOfASecondList_HasNoPreviousAndUsesItsOwnParameterAndFragment()
    {
        var html = Pagination(1, 2, "?page=3", fragment: "comments", parameter: "commentsPage");

        Assert.DoesNotContain("rel=\"prev\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/courses?page=3&amp;commentsPage=2#comments\" rel=\"next\"", html, StringComparison.Ordinal);
    }
}
