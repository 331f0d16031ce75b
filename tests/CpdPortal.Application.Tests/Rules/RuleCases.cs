using System.Reflection;

namespace CpdPortal.Application.Tests.Rules;

/// <summary>Puts an entity in a state its methods would reach only through the database (a loaded navigation, a past status).</summary>
internal static class RuleCases
{
    public static T With<T>(this T entity, string property, object? value)
        where T : class
    {
        var info = typeof(T).GetProperty(property, BindingFlags.Instance | BindingFlags.Public)
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no property {property}.");
        info.SetValue(entity, value);
        return entity;
    }

    /// <summary>Days around each boundary: the day before, the day itself and the day after.</summary>
    public static IEnumerable<DateOnly> Around(params DateOnly[] boundaries) =>
        boundaries.SelectMany(b => new[] { b.AddDays(-1), b, b.AddDays(1) }).Distinct();
}
