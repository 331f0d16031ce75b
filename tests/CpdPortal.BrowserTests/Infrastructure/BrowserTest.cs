using CpdPortal.TestCommon;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CpdPortal.BrowserTests.Infrastructure;

/// <summary>
/// A test with its own browser context (fresh cookies) and page, against the class's app and browser. Every test
/// ends by checking that the pages it visited reported no console error, script error, CSP violation or failed
/// sub-resource, and that GOV.UK Frontend's JavaScript ran on the last page.
/// </summary>
public abstract class BrowserTest(PortalAppFixture app, BrowserFixture browser) : IAsyncLifetime
{
    private IBrowserContext? _context;
    private IPage? _page;
    private PageProblems? _problems;

    protected PortalAppFixture App { get; } = app;

    protected IPage Page => _page ?? throw new InvalidOperationException("The page is opened in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        _problems = await PageProblems.WatchAsync(_context);
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_context is null)
        {
            return;
        }

        try
        {
            if (_page is not null && _page.Url.StartsWith(App.BaseAddress.ToString(), StringComparison.Ordinal))
            {
                await ExpectGovUkFrontendRanAsync();
            }

            _problems?.AssertNone();
        }
        finally
        {
            await _context.CloseAsync();
        }
    }

    /// <summary>The sign-in page, fresh.</summary>
    protected async Task OpenSignInAsync()
    {
        var response = await Page.GotoAsync("/account/sign-in");
        Assert.Equal(200, response?.Status);
    }

    /// <summary>Signs in through the real form, by its labels and button, and waits for the home page.</summary>
    protected async Task SignInAsync(DemoAccount account)
    {
        await OpenSignInAsync();
        await Page.GetByLabel("Email address", new() { Exact = true }).FillAsync(account.Email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(DemoAccounts.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(App.Url("/").ToString());
    }

    /// <summary>GOV.UK Frontend's script module loaded and initialised its components (progressive enhancement).</summary>
    protected async Task ExpectGovUkFrontendRanAsync()
    {
        await Expect(Page.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bgovuk-frontend-supported\b"));
        await Expect(Page.Locator(".govuk-skip-link")).ToHaveAttributeAsync("data-govuk-skip-link-init", string.Empty);
    }

    protected Task AssertNoAccessibilityViolationsAsync() => Accessibility.AssertNoViolationsAsync(Page);
}
