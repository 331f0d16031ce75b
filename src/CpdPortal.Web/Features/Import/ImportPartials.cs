using CpdPortal.Application.Administration.Imports;
using CpdPortal.Application.Common;

namespace CpdPortal.Web.Features.Import;

/// <summary>The preview's error table: one page of errors, how many rows have any, and the URL of page n.</summary>
public sealed record ImportErrorsModel(PagedResult<ImportRowError> Errors, int RowsWithErrors, Func<int, string> UrlFor);

/// <summary>The preview's confirm button: where it posts and how many valid rows it applies.</summary>
public sealed record ConfirmModel(string Action, int ValidRows);

/// <summary>An upload form of the import page: where it posts, the file field's name and label, and its error.</summary>
public sealed record UploadFormModel(string Action, string Field, string Label, string TestId, string? Error);
