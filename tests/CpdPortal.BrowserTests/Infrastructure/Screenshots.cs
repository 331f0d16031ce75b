using Microsoft.Playwright;

namespace CpdPortal.BrowserTests.Infrastructure;

/// <summary>
/// Screenshots for the user guides (docs/guides/images), taken only when CPDPORTAL_SCREENSHOTS=1, so an ordinary test
/// run never changes files in the repository.
/// </summary>
public static class Screenshots
{
    public const string EnvironmentVariable = "CPDPORTAL_SCREENSHOTS";

    public static bool Enabled => Environment.GetEnvironmentVariable(EnvironmentVariable) == "1";

    public static async Task TakeAsync(IPage page, string fileName)
    {
        if (!Enabled)
        {
            return;
        }

        var folder = Path.Combine(RepositoryRoot(), "docs", "guides", "images");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(folder, fileName),
            FullPage = true,
            Animations = ScreenshotAnimations.Disabled,
            Caret = ScreenshotCaret.Hide,
        });
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CpdPortal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"CpdPortal.sln not found above {AppContext.BaseDirectory}.");
    }
}
