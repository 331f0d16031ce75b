namespace CpdPortal.Web.Features.Error;

public sealed record ErrorViewModel(int StatusCode, string Title, string Message, string CorrelationId);
