using System.Linq.Expressions;
using CpdPortal.Domain.Competence;

namespace CpdPortal.Application.Common.Rules;

/// <summary>
/// Which framework version is in force, as query expressions: the SQL form of
/// <see cref="CompetenceFramework.Status"/> being <see cref="FrameworkStatus.Published"/> (published and not
/// superseded), tested to agree with it and to translate on every provider.
/// </summary>
public static class FrameworkRules
{
    /// <summary>The current version: published and not superseded.</summary>
    public static Expression<Func<CompetenceFramework, bool>> IsCurrent { get; } =
        f => f.PublishedOn != null && f.SupersededOn == null;

    /// <summary>An area of a current version (the same rule, reached through the area's framework).</summary>
    public static Expression<Func<CompetenceArea, bool>> AreaIsCurrent { get; } =
        QueryRules.Through<CompetenceArea, CompetenceFramework>(a => a.Framework!, IsCurrent);
}
