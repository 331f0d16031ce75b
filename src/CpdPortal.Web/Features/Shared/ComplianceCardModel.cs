using CpdPortal.Application.Certifications;

namespace CpdPortal.Web.Features.Shared;

/// <summary>The _Compliance partial's model: a person's required certifications, and whether to link renewing courses.</summary>
public sealed record ComplianceCardModel(PersonCompliance Compliance, bool ShowCourses);
