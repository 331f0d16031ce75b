using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CpdPortal.Web.Tests.Infrastructure;

public class SecurityHeadersMiddlewareTests
{
    private static async Task<IHeaderDictionary> Run(string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        var responseFeature = new StartableResponseFeature();
        context.Features.Set<IHttpResponseFeature>(responseFeature);
        var middleware = new SecurityHeadersMiddleware(_ => Task.CompletedTask);

        await middleware.InvokeAsync(context);
        await responseFeature.StartAsync();
        return context.Response.Headers;
    }

    [Fact]
    public async Task InvokeAsync_Page_SetsCspWithoutInlineScriptAndTheOtherHeaders()
    {
        var headers = await Run("/");

        var csp = headers.ContentSecurityPolicy.ToString();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", headers.XContentTypeOptions);
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
        Assert.Equal("no-store", headers.CacheControl);
    }

    [Fact]
    public async Task InvokeAsync_StaticAsset_MayBeCached()
    {
        var headers = await Run("/dist/site.css");

        Assert.Equal(string.Empty, headers.CacheControl.ToString());
        Assert.Equal("nosniff", headers.XContentTypeOptions);
    }

    /// <summary>DefaultHttpContext never "starts" its response, so OnStarting callbacks are run by hand.</summary>
    private sealed class StartableResponseFeature : HttpResponseFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> _callbacks = [];

        public override void OnStarting(Func<object, Task> callback, object state) => _callbacks.Add((callback, state));

        public async Task StartAsync()
        {
            foreach (var (callback, state) in _callbacks)
            {
                await callback(state);
            }
        }
    }
}
