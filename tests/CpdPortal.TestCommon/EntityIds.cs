using System.Reflection;

namespace CpdPortal.TestCommon;

/// <summary>Gives an unsaved entity the id the database would, for rules that compare ids.</summary>
public static class EntityIds
{
    public static T WithId<T>(this T entity, int id)
        where T : class
    {
        var property = typeof(T).GetProperty("Id", BindingFlags.Instance | BindingFlags.Public)
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no Id property.");
        property.SetValue(entity, id);
        return entity;
    }
}
