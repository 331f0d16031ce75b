using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Routing;
using Moq;

namespace CpdPortal.Web.Tests.TagHelpers;

internal static class TagHelperHarness
{
    public static ViewContext ViewContext(ModelStateDictionary modelState) =>
        ViewContext(modelState, new ViewDataDictionary(new EmptyModelMetadataProvider(), modelState));

    public static ViewContext ViewContext<TModel>(ModelStateDictionary modelState) =>
        ViewContext(modelState, new ViewDataDictionary<TModel>(new EmptyModelMetadataProvider(), modelState));

    private static ViewContext ViewContext(ModelStateDictionary modelState, ViewDataDictionary viewData) =>
        new(
            new ActionContext(new DefaultHttpContext(), new RouteData(), new ActionDescriptor(), modelState),
            Mock.Of<Microsoft.AspNetCore.Mvc.ViewEngines.IView>(),
            viewData,
            Mock.Of<ITempDataDictionary>(),
            TextWriter.Null,
            new HtmlHelperOptions());

    public static (TagHelperContext Context, TagHelperOutput Output) Element(string tag) =>
        (new TagHelperContext([], new Dictionary<object, object>(), "id"),
         new TagHelperOutput(tag, [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent())));

    public static string Html(TagHelperOutput output)
    {
        using var writer = new StringWriter();
        output.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
