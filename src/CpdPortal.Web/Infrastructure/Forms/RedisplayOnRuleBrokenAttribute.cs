using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using CpdPortal.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CpdPortal.Web.Infrastructure.Forms;

/// <summary>
/// The one path from a broken domain rule to the form (docs/adr/0029-one-path-for-a-form-and-area-navigation.md). Put
/// it on a POST action whose use case throws <see cref="DomainValidationException"/> or <see cref="DomainRuleException"/>:
/// the action is written for the happy path only (no try/catch, no status code), and when a rule is broken this filter
/// puts each message beside its field (keeping any message already there, e.g. "Enter the hours as a number"), calls
/// the controller's <see cref="Method"/> to build the same page again from the same arguments, and answers 400. The
/// tag helpers show the error summary and what was typed from the model state.
/// <para>
/// <see cref="Method"/> is the name of a method of the same controller (usually private) that returns the page,
/// <c>IActionResult</c> or <c>Task&lt;IActionResult&gt;</c>; its parameters are filled by name from the action's
/// arguments (a <see cref="CancellationToken"/> is the request's). It may answer 404 when the record has gone. A public
/// GET action can serve as that method: its own view is shown.
/// </para>
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed partial class RedisplayOnRuleBrokenAttribute(string method) : Attribute, IAsyncActionFilter
{
    /// <summary>The controller method that builds the page again.</summary>
    public string Method { get; } = method;

    /// <summary>
    /// Where a single broken rule (<see cref="DomainRuleException"/>) is shown: a field name, which may name action
    /// arguments in braces ("Progress-{goalId}"; an argument that is null is left out with the dash before it, so
    /// "Name-{tagId}" is "Name" for a new tag); empty (the default) shows it at the top of the summary only. A form
    /// argument that implements <see cref="IRuleFields"/> may place it by its rule code instead.
    /// </summary>
    public string Field { get; set; } = string.Empty;

    /// <summary>The view model's property path when the form's fields are nested (e.g. "Form").</summary>
    public string? Prefix { get; set; }

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.ExceptionHandled || executed.Exception is not (DomainValidationException or DomainRuleException))
        {
            return;
        }

        var modelState = context.ModelState;
        switch (executed.Exception)
        {
            case DomainValidationException invalid:
                modelState.AddDomainErrors(OnForm(invalid, context.ActionArguments), Prefix);
                break;
            case DomainRuleException broken:
                modelState.AddModelError(FieldFor(broken, context.ActionArguments), broken.Message);
                break;
        }

        if (modelState.IsValid)
        {
            // A refusal with no message at all must still not look like success.
            modelState.AddModelError(string.Empty, "There is a problem with what was sent. Check the form and try again");
        }

        executed.ExceptionHandled = true;
        executed.Result = await RedisplayAsync(context);
    }

    private async Task<IActionResult> RedisplayAsync(ActionExecutingContext context)
    {
        var action = (ControllerActionDescriptor)context.ActionDescriptor;
        var controllerType = action.ControllerTypeInfo;
        // The GET twin of a POST action has the same name: the action that failed is never the one to call.
        var candidates = controllerType.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(m => m.Name == Method && m != action.MethodInfo)
            .ToList();
        var method = candidates.Count == 1
            ? candidates[0]
            : throw new InvalidOperationException($"{controllerType.Name} needs exactly one method {Method} (other than the action) to show the form again; it has {candidates.Count}.");
        var arguments = method.GetParameters().Select(p => ArgumentFor(p, context)).ToArray();
        var result = method.Invoke(context.Controller, arguments) switch
        {
            Task<IActionResult> task => await task,
            IActionResult done => done,
            _ => throw new InvalidOperationException($"{controllerType.Name}.{Method} must return IActionResult or Task<IActionResult>."),
        };

        if (result is ViewResult view)
        {
            view.Refused();
            if (view.ViewName is null && method.IsPublic)
            {
                // A GET action used to show the page again: its view, not the view named after the POST action.
                view.ViewName = method.GetCustomAttribute<ActionNameAttribute>()?.Name ?? method.Name;
            }
        }

        return result;
    }

    private static object? ArgumentFor(ParameterInfo parameter, ActionExecutingContext context)
    {
        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return context.HttpContext.RequestAborted;
        }

        if (parameter.Name is { } name && context.ActionArguments.TryGetValue(name, out var value))
        {
            return value;
        }

        return parameter.HasDefaultValue ? parameter.DefaultValue
            : parameter.ParameterType.IsValueType ? Activator.CreateInstance(parameter.ParameterType)
            : null;
    }

    private string FieldFor(DomainRuleException broken, IDictionary<string, object?> arguments)
    {
        var mapped = arguments.Values.OfType<IRuleFields>().Select(f => f.FieldFor(broken.Rule)).FirstOrDefault(f => f is not null);
        var field = mapped ?? Placeholder().Replace(Field, m =>
        {
            var value = arguments.TryGetValue(m.Groups[2].Value, out var v) ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;
            return string.IsNullOrEmpty(value) ? string.Empty : m.Groups[1].Value + value;
        });
        return string.IsNullOrEmpty(Prefix) || string.IsNullOrEmpty(field) ? field : $"{Prefix}.{field}";
    }

    /// <summary>The domain's field names as the form names them, when a form argument implements <see cref="IFormFieldNames"/>.</summary>
    private static DomainValidationException OnForm(DomainValidationException invalid, IDictionary<string, object?> arguments) =>
        arguments.Values.OfType<IFormFieldNames>().FirstOrDefault() is { } names
            ? new DomainValidationException(invalid.Errors.Select(e => e with { Field = names.FieldFor(e.Field) }).ToList())
            : invalid;

    [GeneratedRegex(@"(-?)\{(\w+)\}")]
    private static partial Regex Placeholder();
}

/// <summary>A form that knows which of its fields a single broken rule concerns (by the rule's stable code).</summary>
public interface IRuleFields
{
    /// <summary>The field the rule is about, or null to use the action's default.</summary>
    string? FieldFor(string rule);
}

/// <summary>
/// A form whose fields are not named as the domain's (e.g. one date and time the domain judges as "StartsAt"): says
/// beside which of its fields each domain field's message goes.
/// </summary>
public interface IFormFieldNames
{
    /// <summary>The form's field for the domain's <paramref name="domainField"/> (the same name when they match).</summary>
    string FieldFor(string domainField);
}
