using System.Reflection;

namespace CpdPortal.IntegrationTests.Coverage;

/// <summary>A test method named by its class and <c>nameof</c>, so renaming or deleting the test breaks the build.</summary>
public sealed record TestRef(Type Class, string Method)
{
    public override string ToString() => $"{Class.Name}.{Method}";

    /// <summary>The method exists, is public and is a test xunit runs ([Fact] or [Theory], not skipped).</summary>
    public bool IsRunnableTest()
    {
        var methods = Class.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public).Where(m => m.Name == Method).ToList();
        return methods.Count > 0 && methods.All(m =>
            m.GetCustomAttributes<FactAttribute>(inherit: true).Any(f => string.IsNullOrEmpty(f.Skip)));
    }
}

/// <summary>One controller action (as the routing sees it: controller type, action method, HTTP method) and its tests.</summary>
public sealed record ActionTestRow(Type Controller, string Action, string Verb, TestRef? Happy, TestRef? Invalid)
{
    public string Key => ActionKey(Controller, Action, Verb);

    public static string ActionKey(Type controller, string action, string verb) => $"{verb} {controller.Name}.{action}";
}

/// <summary>Builds <see cref="TestRef"/>s: <c>T&lt;ActivityFormTests&gt;(nameof(ActivityFormTests.Post_X))</c>.</summary>
internal static class Tests
{
    public static TestRef T<TClass>(string method) => new(typeof(TClass), method);
}
