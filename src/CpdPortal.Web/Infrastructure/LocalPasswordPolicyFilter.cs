using CpdPortal.Application.Auditing;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CpdPortal.Web.Infrastructure;

/// <summary>
/// <c>Authentication:LocalPasswords=AdministratorsOnly</c>: a password posted to the sign-in form by anyone but an
/// administrator (the break-glass account) is refused. The form's own first step (an invalid model re-renders the form
/// with 400) then shows the same message as a wrong password; the page already tells everyone to use the council
/// sign-in. The refused password is still verified once against the account's hash (or a dummy hash), so refusing
/// takes as long as checking an administrator's password and timing does not tell administrators' emails apart.
/// </summary>
public sealed class LocalPasswordPolicyFilter(
    SingleSignOnSettings settings,
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signInManager,
    IAuditLog audit,
    HttpAuditActorAccessor auditActor,
    ILogger<LocalPasswordPolicyFilter> logger) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (!settings.EveryoneMayUsePasswords
            && HttpMethods.IsPost(context.HttpContext.Request.Method)
            && context.ActionDescriptor is ControllerActionDescriptor { ControllerTypeInfo: var type, ActionName: nameof(AccountController.SignIn) }
            && type.AsType() == typeof(AccountController)
            && context.ActionArguments.Values.OfType<SignInViewModel>().FirstOrDefault() is { Email: { Length: > 0 } email } model)
        {
            var account = await users.FindByNameAsync(email.Trim());
            if (account is null || !await users.IsInRoleAsync(account, CpdPortal.Application.Common.PortalRoles.Administrator))
            {
                // The same work as checking the password (ADR 0018's timing note, closed by docs/adr/0019).
                if (signInManager is PortalSignInManager portal)
                {
                    portal.SpendOneVerification(account, model.Password ?? string.Empty);
                }

                logger.LogWarning("Password sign-in refused: local passwords are for administrators only");
                var actor = account is null ? auditActor.For(null, AuditActor.UnknownAccountEmail) : auditActor.For(account.Id, account.Email ?? string.Empty);
                await audit.RecordAsAsync(actor, SingleSignOnAuditActions.LocalPasswordRefused, account is null ? null : AuditEntityTypes.Account, account?.Id, context.HttpContext.RequestAborted);
                context.ModelState.Clear();
                context.ModelState.AddModelError(nameof(SignInViewModel.Email), AccountController.WrongCredentials);
            }
        }

        await next();
    }
}
