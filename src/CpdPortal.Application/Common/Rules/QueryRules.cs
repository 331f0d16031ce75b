using System.Linq.Expressions;

namespace CpdPortal.Application.Common.Rules;

/// <summary>Composes the rule expressions, so a rule about one entity is applied through a navigation without restating it.</summary>
public static class QueryRules
{
    /// <summary>
    /// <paramref name="rule"/> applied to what <paramref name="path"/> reaches: <c>Through(a =&gt; a.Framework!, IsCurrent)</c>
    /// is <c>a =&gt; a.Framework!.PublishedOn != null &amp;&amp; ...</c>, a plain expression EF translates.
    /// </summary>
    public static Expression<Func<TOuter, bool>> Through<TOuter, TInner>(Expression<Func<TOuter, TInner>> path, Expression<Func<TInner, bool>> rule)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(rule);
        var body = new Replace(rule.Parameters[0], path.Body).Visit(rule.Body);
        return Expression.Lambda<Func<TOuter, bool>>(body, path.Parameters);
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
