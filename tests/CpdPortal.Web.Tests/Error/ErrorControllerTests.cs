using CpdPortal.Web.Features.Error;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Moq;

namespace CpdPortal.Web.Tests.Error;

public class ErrorControllerTests
{
    private readonly Mock<ILogger<ErrorController>> _logger = new();

    private ErrorController Controller(HttpContext context) =>
        new(_logger.Object) { ControllerContext = new ControllerContext { HttpContext = context } };

    [Fact]
    public void Unhandled_WithAnException_Shows500WithACorrelationIdAndLogsIt()
    {
        var context = new DefaultHttpContext { TraceIdentifier = "trace-123" };
        var feature = new Mock<IExceptionHandlerPathFeature>();
        feature.SetupGet(f => f.Error).Returns(new InvalidOperationException("secret detail"));
        feature.SetupGet(f => f.Path).Returns("/boom");
        context.Features.Set(feature.Object);

        var result = Controller(context).Unhandled();

        var model = Assert.IsType<ErrorViewModel>(Assert.IsType<ViewResult>(result).Model);
        Assert.Equal(500, context.Response.StatusCode);
        Assert.Equal(500, model.StatusCode);
        Assert.False(string.IsNullOrEmpty(model.CorrelationId));
        Assert.DoesNotContain("secret detail", model.Message, StringComparison.Ordinal);
        _logger.Verify(
            l => l.Log(LogLevel.Error, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.IsAny<InvalidOperationException>(), It.IsAny<Func<It.IsAnyType, Exception?, string>>()),
            Times.Once);
    }

    [Fact]
    public void Unhandled_VisitedDirectly_IsNotFound()
    {
        var context = new DefaultHttpContext();

        var result = Controller(context).Unhandled();

        Assert.Equal(404, Assert.IsType<ErrorViewModel>(Assert.IsType<ViewResult>(result).Model).StatusCode);
        Assert.Equal(404, context.Response.StatusCode);
    }

    [Theory]
    [InlineData(403, "You do not have permission to view this page")]
    [InlineData(404, "Page not found")]
    public void Status_ReExecuted_ShowsTheMatchingPage(int status, string title)
    {
        var context = new DefaultHttpContext();
        context.Features.Set(Mock.Of<IStatusCodeReExecuteFeature>());

        var result = Controller(context).Status(status);

        var model = Assert.IsType<ErrorViewModel>(Assert.IsType<ViewResult>(result).Model);
        Assert.Equal(title, model.Title);
        Assert.Equal(status, context.Response.StatusCode);
    }

    [Fact]
    public void Status_VisitedDirectly_IsNotFound()
    {
        var context = new DefaultHttpContext();

        var result = Controller(context).Status(500);

        Assert.Equal(404, Assert.IsType<ErrorViewModel>(Assert.IsType<ViewResult>(result).Model).StatusCode);
    }
}
