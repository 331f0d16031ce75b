using System.Reflection;
using CpdPortal.Domain.Common;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;

namespace CpdPortal.Web.Tests.Forms;

public sealed class RedisplayOnRuleBrokenAttributeTests
{
    [Fact]
    public async Task Filter_ValidationFailure_PutsEachMessageBesideItsFieldAndShowsTheFormAgainAs400()
    {
        var (context, controller) = Context(nameof(FormsController.Save), new() { ["form"] = new NameForm { Name = "typed" } });
        var filter = new RedisplayOnRuleBrokenAttribute(nameof(FormsController.SaveAgain));

        var executed = await RunAsync(filter, context, new DomainValidationException([new FieldError("Name", "Enter a name"), new FieldError("Code", "Enter a code")]));

        Assert.True(executed.ExceptionHandled);
        var view = Assert.IsType<ViewResult>(executed.Result);
        Assert.Equal(StatusCodes.Status400BadRequest, view.StatusCode);
        Assert.Equal("Form", view.ViewName);
        Assert.Equal("typed", Assert.IsType<NameForm>(view.Model).Name);
        Assert.Equal("Enter a name", controller.ModelState["Name"]!.Errors.Single().ErrorMessage);
        Assert.Equal("Enter a code", controller.ModelState["Code"]!.Errors.Single().ErrorMessage);
    }

    [Fact]
    public async Task Filter_FieldAlreadyHasAMessage_KeepsItAndAddsTheDomainsMessagesForTheOtherFieldsOnly()
    {
        var (context, controller) = Context(nameof(FormsController.Save), new() { ["form"] = new NameForm() });
        controller.ModelState.AddModelError("Hours", "Enter the length in hours as a number, like 7.4");
        var filter = new RedisplayOnRuleBrokenAttribute(nameof(FormsController.SaveAgain));

        await RunAsync(filter, context, new DomainValidationException([new FieldError("Hours", "Enter the length in hours"), new FieldError("Name", "Enter a name")]));

        Assert.Equal("Enter the length in hours as a number, like 7.4", controller.ModelState["Hours"]!.Errors.Single().ErrorMessage);
        Assert.Equal("Enter a name", controller.ModelState["Name"]!.Errors.Single().ErrorMessage);
    }

    [Fact]
    public async Task Filter_SingleRuleWithAFieldTemplate_PutsTheMessageBesideTheFieldNamedFromTheArguments()
    {
        var (context, controller) = Context(nameof(FormsController.Save), new() { ["goalId"] = 7 });
        var filter = new RedisplayOnRuleBrokenAttribute(nameof(FormsController.Page)) { Field = "Progress-{goalId}" };

        var executed = await RunAsync(filter, context, new DomainRuleException("plan.locked", "You cannot change a submitted plan"));

        Assert.Equal("You cannot change a submitted plan", controller.ModelState["Progress-7"]!.Errors.Single().ErrorMessage);
        var view = Assert.IsType<ViewResult>(executed.Result);
        Assert.Equal(nameof(FormsController.Page), view.ViewName);
    }

    [Fact]
    public async Task Filter_FieldTemplateWhoseArgumentIsNull_LeavesThePlaceholderAndItsDashOut()
    {
        var (context, controller) = Context(nameof(FormsController.Save), new() { ["tagId"] = null });
        var filter = new RedisplayOnRuleBrokenAttribute(nameof(FormsController.Page)) { Field = "Name-{tagId}" };

        await RunAsync(filter, context, new DomainRuleException("tag.name", "Enter a name"));

        Assert.True(controller.ModelState.ContainsKey("Name"));
    }

    [Fact]
    public async Task Filter_FormThatMapsRuleCodes_PlacesTheMessageByTheRule()
    {
        var (context, controller) = Context(nameof(FormsController.Save), new() { ["form"] = new NameForm() });
        var filter = new RedisplayOnRuleBrokenAttribute(nameof(FormsController.SaveAgain)) { Field = "Name" };

        await RunAsync(filter, context, new DomainRuleException("thing.code", "That code is taken"));

        Assert.Equal("That code is taken", controller.ModelState["Code"]!.Errors.Single().ErrorMessage);
        Assert.False(controller.ModelState.ContainsKey("Name"));
    }

    [Fact]
    public async Task Filter_FormThatNamesTheDomainsFields_PutsEachMessageBesideTheFormsFieldAndKeepsOneAlreadyThere()
    {
        var (context, controller) = Context(nameof(FormsController.Save), new() { ["form"] = new ScheduleForm() });
        controller.ModelState.AddModelError("EndTime", "Enter the end time as a 24-hour time, like 09:30");
        var filter = new RedisplayOnRuleBrokenAttribute(nameof(FormsController.Page));

        await RunAsync(filter, context, new DomainValidationException([new FieldError("StartsAt", "The session must start in the future"), new FieldError("EndsAt", "Enter the end time")]));

        Assert.Equal("The session must start in the future", controller.ModelState["Date"]!.Errors.Single().ErrorMessage);
        Assert.Equal("Enter the end time as a 24-hour time, like 09:30", controller.ModelState["EndTime"]!.Errors.Single().ErrorMessage);
        Assert.False(controller.ModelState.ContainsKey("StartsAt"));
        Assert.False(controller.ModelState.ContainsKey("EndsAt"));
    }

    [Fact]
    public async Task Filter_RedisplayAnswersNotFound_PassesTheNotFoundOn()
    {
        var (context, _) = Context(nameof(FormsController.Save), new() { ["id"] = 404 });
        var filter = new RedisplayOnRuleBrokenAttribute(nameof(FormsController.Gone));

        var executed = await RunAsync(filter, context, new DomainRuleException("x", "Gone"));

        Assert.IsType<NotFoundResult>(executed.Result);
    }

    [Fact]
    public async Task Filter_RefusalWithoutAnyMessage_StillShowsAProblemAndNeverLooksLikeSuccess()
    {
        var (context, controller) = Context(nameof(FormsController.Save), new() { ["form"] = new NameForm() });
        var filter = new RedisplayOnRuleBrokenAttribute(nameof(FormsController.SaveAgain));

        var executed = await RunAsync(filter, context, new DomainValidationException([]));

        Assert.False(controller.ModelState.IsValid);
        Assert.Equal(StatusCodes.Status400BadRequest, Assert.IsType<ViewResult>(executed.Result).StatusCode);
    }

    [Fact]
    public async Task Filter_OtherException_IsLeftForTheErrorPage()
    {
        var (context, _) = Context(nameof(FormsController.Save), new() { ["form"] = new NameForm() });
        var filter = new RedisplayOnRuleBrokenAttribute(nameof(FormsController.SaveAgain));

        var executed = await RunAsync(filter, context, new InvalidOperationException("a bug"));

        Assert.False(executed.ExceptionHandled);
        Assert.Null(executed.Result);
    }

    [Fact]
    public async Task Filter_ActionSucceeds_LeavesItsResultAlone()
    {
        var (context, _) = Context(nameof(FormsController.Save), new() { ["form"] = new NameForm() });
        var filter = new RedisplayOnRuleBrokenAttribute(nameof(FormsController.SaveAgain));
        var redirect = new RedirectResult("/done");

        var executed = await RunAsync(filter, context, null, redirect);

        Assert.Same(redirect, executed.Result);
    }

    [Fact]
    public async Task ThrowIfUnreadableAsync_SomethingCouldNotBeRead_ThrowsWithTheDomainsOtherMessages()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("Hours", "Enter the length in hours as a number, like 7.4");

        var thrown = await Assert.ThrowsAsync<DomainValidationException>(() =>
            modelState.ThrowIfUnreadableAsync(() => Task.FromResult<IReadOnlyList<FieldError>>([new FieldError("Title", "Enter a title")])));

        Assert.Equal("Title", Assert.Single(thrown.Errors).Field);
    }

    [Fact]
    public async Task ThrowIfUnreadableAsync_EverythingRead_DoesNotRunTheCheck()
    {
        var ran = false;
        await new ModelStateDictionary().ThrowIfUnreadableAsync(() =>
        {
            ran = true;
            return Task.FromResult<IReadOnlyList<FieldError>>([]);
        });

        Assert.False(ran);
    }

    private static (ActionExecutingContext Context, FormsController Controller) Context(string action, Dictionary<string, object?> arguments)
    {
        var controller = new FormsController();
        var method = typeof(FormsController).GetMethod(action)!;
        var descriptor = new ControllerActionDescriptor { ControllerTypeInfo = typeof(FormsController).GetTypeInfo(), MethodInfo = method, ActionName = action };
        var actionContext = new ActionContext(new DefaultHttpContext(), new RouteData(), descriptor, controller.ModelState);
        controller.ControllerContext = new ControllerContext(actionContext);
        var context = new ActionExecutingContext(actionContext, [], arguments, controller);
        return (context, controller);
    }

    private static async Task<ActionExecutedContext> RunAsync(RedisplayOnRuleBrokenAttribute filter, ActionExecutingContext context, Exception? thrown, IActionResult? result = null)
    {
        ActionExecutedContext? executed = null;
        await filter.OnActionExecutionAsync(context, () =>
        {
            executed = new ActionExecutedContext(context, [], context.Controller) { Exception = thrown, Result = result };
            return Task.FromResult(executed);
        });
        return executed!;
    }

    public sealed class NameForm : IRuleFields
    {
        public string? Name { get; set; }

        public string? FieldFor(string rule) => rule == "thing.code" ? "Code" : null;
    }

    public sealed class ScheduleForm : IFormFieldNames
    {
        public string FieldFor(string domainField) => domainField switch
        {
            "StartsAt" => "Date",
            "EndsAt" => "EndTime",
            _ => domainField,
        };
    }

#pragma warning disable CA1822 // the filter calls these on the controller instance, as it does in the app
    public sealed class FormsController : Controller
    {
        public IActionResult Save(NameForm form) => Ok(form);

        public IActionResult Page() => View();

        public IActionResult Gone(int id) => NotFound();

        internal ViewResult SaveAgain(NameForm form) => View("Form", form);
    }
#pragma warning restore CA1822
}
