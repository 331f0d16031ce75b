using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.Web.Features.Account;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace CpdPortal.Web.Tests.Account;

public class AccountControllerTests
{
    private readonly Mock<SignInManager<ApplicationUser>> _signIn;
    private readonly Mock<IDemoDataStatus> _demo = new();
    private readonly Mock<IAuditLog> _audit = new();
    private readonly Mock<UserManager<ApplicationUser>> _users;

    public AccountControllerTests()
    {
        var users = _users = new Mock<UserManager<ApplicationUser>>(Mock.Of<IUserStore<ApplicationUser>>(), null!, null!, null!, null!, null!, null!, null!, null!);
        _signIn = new Mock<SignInManager<ApplicationUser>>(
            users.Object,
            Mock.Of<IHttpContextAccessor>(),
            Mock.Of<IUserClaimsPrincipalFactory<ApplicationUser>>(),
            Options.Create(new IdentityOptions()),
            NullLogger<SignInManager<ApplicationUser>>.Instance,
            Mock.Of<IAuthenticationSchemeProvider>(),
            Mock.Of<IUserConfirmation<ApplicationUser>>());
        _demo.Setup(d => d.IsPresentAsync(It.IsAny<CancellationToken>())).ReturnsAsync(true);
    }

    private static readonly IOptions<RateLimitOptions> Limits = Options.Create(new RateLimitOptions());

    private AccountAttemptLimiter Limiter { get; } = new(Limits);

    private DeviceCookies Devices { get; } = new(new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider(), TimeProvider.System, Limits);

    private AccountController Controller()
    {
        var url = new Mock<IUrlHelper>();
        url.Setup(u => u.IsLocalUrl(It.IsAny<string?>()))
            .Returns((string? u) => u is not null && u.StartsWith('/') && !u.StartsWith("//", StringComparison.Ordinal));
        return new AccountController(_signIn.Object, _users.Object, _demo.Object, _audit.Object, new HttpAuditActorAccessor(Mock.Of<IHttpContextAccessor>()), Limiter, Devices, NullLogger<AccountController>.Instance)
        {
            ControllerContext = new ControllerContext { HttpContext = new DefaultHttpContext() },
            Url = url.Object,
        };
    }

    private void SignInReturns(SignInResult result) =>
        _signIn.Setup(s => s.PasswordSignInAsync(It.IsAny<string>(), It.IsAny<string>(), false, true)).ReturnsAsync(result);

    [Fact]
    public async Task SignIn_InvalidModel_RedisplaysTheFormWith400AndNeverSignsIn()
    {
        var controller = Controller();
        controller.ModelState.AddModelError(nameof(SignInViewModel.Email), "Enter your email address");

        var result = await controller.SignIn(new SignInViewModel { Password = "secret" }, CancellationToken.None);

        var view = Assert.IsType<ViewResult>(result);
        Assert.Equal(StatusCodes.Status400BadRequest, view.StatusCode);
        var model = Assert.IsType<SignInViewModel>(view.Model);
        Assert.Null(model.Password);
        _signIn.Verify(s => s.PasswordSignInAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<bool>()), Times.Never);
    }

    [Fact]
    public async Task SignIn_WrongCredentials_Shows400WithTheSameMessageForEmailOrPassword()
    {
        SignInReturns(SignInResult.Failed);
        var controller = Controller();

        var result = await controller.SignIn(new SignInViewModel { Email = "sam.patel@demo.test", Password = "wrong" }, CancellationToken.None);

        Assert.Equal(StatusCodes.Status400BadRequest, Assert.IsType<ViewResult>(result).StatusCode);
        var error = Assert.Single(controller.ModelState[nameof(SignInViewModel.Email)]!.Errors);
        Assert.Equal(AccountController.WrongCredentials, error.ErrorMessage);
    }

    [Fact]
    public async Task SignIn_LockedOut_SaysWhatAWrongPasswordSays()
    {
        SignInReturns(SignInResult.LockedOut);
        var controller = Controller();

        await controller.SignIn(new SignInViewModel { Email = "sam.patel@demo.test", Password = "whatever" }, CancellationToken.None);

        var error = Assert.Single(controller.ModelState[nameof(SignInViewModel.Email)]!.Errors);
        Assert.Equal(AccountController.WrongCredentials, error.ErrorMessage);
    }

    [Fact]
    public async Task SignIn_Success_UsesLockoutOnFailureAndRedirectsToALocalReturnUrl()
    {
        SignInReturns(SignInResult.Success);

        var result = await Controller().SignIn(new SignInViewModel { Email = " sam.patel@demo.test ", Password = "Demo-Passw0rd!", ReturnUrl = "/my/activities" }, CancellationToken.None);

        var redirect = Assert.IsType<LocalRedirectResult>(result);
        Assert.Equal("/my/activities", redirect.Url);
        _signIn.Verify(s => s.PasswordSignInAsync("sam.patel@demo.test", "Demo-Passw0rd!", false, true), Times.Once);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData(null)]
    public async Task SignIn_SuccessWithForeignOrNoReturnUrl_RedirectsHome(string? returnUrl)
    {
        SignInReturns(SignInResult.Success);

        var result = await Controller().SignIn(new SignInViewModel { Email = "sam.patel@demo.test", Password = "Demo-Passw0rd!", ReturnUrl = returnUrl }, CancellationToken.None);

        Assert.Equal("/", Assert.IsType<LocalRedirectResult>(result).Url);
    }

    [Fact]
    public async Task SignInGet_DemoDataAbsent_HidesTheDemoAccounts()
    {
        _demo.Setup(d => d.IsPresentAsync(It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var result = await Controller().SignIn(returnUrl: null);

        var model = Assert.IsType<SignInViewModel>(Assert.IsType<ViewResult>(result).Model);
        Assert.False(model.ShowDemoAccounts);
    }

    [Fact]
    public async Task SignOut_SignsOutAndRedirectsToSignIn()
    {
        var result = await Controller().SignOut();

        _signIn.Verify(s => s.SignOutAsync(), Times.Once);
        Assert.Equal(StartupExtensions.SignInPath + "?signedOut=true", Assert.IsType<LocalRedirectResult>(result).Url);
    }
}
