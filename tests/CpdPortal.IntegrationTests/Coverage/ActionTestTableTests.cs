using CpdPortal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Coverage;

/// <summary>
/// Keeps <see cref="ActionTestTable"/> whole: every action the routing knows (read from the running app's action
/// descriptors, so an attribute-routed action in any feature folder is found) has a row; every row is an action; every
/// test a row names is a [Fact] or [Theory] that runs; and an action without its tests is a listed gap.
/// </summary>
public sealed class ActionTestTableTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    /// <summary>Every controller action of the web project as "VERB Controller.Action", and whether it takes input.</summary>
    private Dictionary<string, bool> Actions() =>
        factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>()
            .Where(d => d.ControllerTypeInfo.Assembly == typeof(Program).Assembly)
            .SelectMany(d => Verbs(d).Select(verb => (
                Key: ActionTestRow.ActionKey(d.ControllerTypeInfo.AsType(), d.MethodInfo.Name, verb),
                TakesInput: verb != "GET" || d.Parameters.Any(p => p.ParameterType != typeof(CancellationToken)))))
            .GroupBy(a => a.Key)
            .ToDictionary(g => g.Key, g => g.Any(a => a.TakesInput));

    private static List<string> Verbs(ControllerActionDescriptor action)
    {
        var verbs = action.ActionConstraints?.OfType<HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods).Distinct().ToList() ?? [];
        return verbs.Count == 0 ? ["ANY"] : verbs;
    }

    [Fact]
    public void EveryControllerAction_HasARow_AndEveryRowIsAnAction()
    {
        // Arrange
        var actions = Actions();
        var rows = ActionTestTable.Rows.Select(r => r.Key).ToList();

        // Act
        var missing = actions.Keys.Except(rows).Order().ToList();
        var stale = rows.Except(actions.Keys).Order().ToList();
        var repeated = rows.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        // Assert
        Assert.True(missing.Count == 0, "Actions without a row in ActionTestTable: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Rows that are no action: " + string.Join(", ", stale));
        Assert.True(repeated.Count == 0, "Actions with more than one row: " + string.Join(", ", repeated));
    }

    [Fact]
    public void EveryTestARowNames_IsAFactOrTheoryThatRuns()
    {
        // Act
        var broken = ActionTestTable.Rows
            .SelectMany(r => new[] { r.Happy, r.Invalid }.OfType<TestRef>().Select(t => (Row: r.Key, Test: t)))
            .Where(x => !x.Test.IsRunnableTest())
            .Select(x => $"{x.Row}: {x.Test}")
            .ToList();

        // Assert
        Assert.True(broken.Count == 0, "Named tests that are not a runnable [Fact] or [Theory]: " + string.Join(", ", broken));
    }

    [Fact]
    public void EveryAction_HasAHappyPathTest_AndAnInvalidInputTestWhenItTakesInput_OrIsAListedGap()
    {
        // Arrange
        var actions = Actions();

        // Act
        var unlisted = ActionTestTable.Rows
            .SelectMany(r => Missing(r, actions.GetValueOrDefault(r.Key)))
            .Where(gap => !ActionTestTable.Gaps.Contains(gap))
            .ToList();

        // Assert
        Assert.True(unlisted.Count == 0, "Actions missing a test (write it, or list the gap): " + string.Join(", ", unlisted));
    }

    [Fact]
    public void EveryListedGap_IsStillMissing()
    {
        // Arrange
        var actions = Actions();
        var missing = ActionTestTable.Rows.SelectMany(r => Missing(r, actions.GetValueOrDefault(r.Key))).ToHashSet();

        // Act
        var closed = ActionTestTable.Gaps.Where(gap => !missing.Contains(gap)).ToList();

        // Assert
        Assert.True(closed.Count == 0, "Gaps that are filled or name no action (delete them from ActionTestTable.Gaps): " + string.Join(", ", closed));
    }

    private static IEnumerable<string> Missing(ActionTestRow row, bool takesInput)
    {
        if (row.Happy is null)
        {
            yield return row.Key + " happy";
        }

        if (takesInput && row.Invalid is null)
        {
            yield return row.Key + " invalid";
        }
    }
}
