using CpdPortal.Application.Administration.Imports;
using CpdPortal.Application.Common;

namespace CpdPortal.Web.Features.Import;

/// <summary>The preview's error table: one page of errors and how many rows have any; its pages are the "errors" parameter.</summary>
public sealed record ImportErrorsModel(PagedResult<ImportRowError> Errors, int RowsWithErrors);

/// <summary>The preview's confirm button: the controller whose Apply action it posts to, the import and how many valid rows it applies.</summary>
public sealed record ConfirmModel(string Controller, Guid ImportId, int ValidRows);

/// <summary>An upload form of the import page: the controller whose Upload action it posts to, the file field's name and label.</summary>
public sealed record UploadFormModel(string Controller, string Field, string Label, string TestId);
