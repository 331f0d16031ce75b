using CpdPortal.Web.Features.Shared;

namespace CpdPortal.Web.Tests.Shared;

public class ChartLabelsTests
{
    [Fact]
    public void Lines_ShortLabel_IsOneLine()
    {
        // Act
        var lines = ChartLabels.Lines("Professional Capabilities Framework");

        // Assert
        Assert.Equal(["Professional Capabilities Framework"], lines);
    }

    [Fact]
    public void Lines_LongLabel_SplitsBetweenWords()
    {
        // Act
        var lines = ChartLabels.Lines("Post-qualifying standards: child and family practitioners");

        // Assert
        Assert.Equal(["Post-qualifying standards: child and", "family practitioners"], lines);
    }

    [Fact]
    public void Lines_VeryLongLabel_CutsTheSecondLineWithAnEllipsis()
    {
        // Act
        var lines = ChartLabels.Lines("Adult mental ill health, substance misuse, domestic abuse, physical ill health and disability");

        // Assert
        Assert.Equal(2, lines.Count);
        Assert.Equal("Adult mental ill health, substance", lines[0]);
        Assert.Equal("misuse, domestic abuse, physical…", lines[1]);
        Assert.All(lines, l => Assert.InRange(l.Length, 1, ChartLabels.LineLength));
    }

    [Fact]
    public void Lines_OneLongWord_IsCutAtTheLineLength()
    {
        // Act
        var lines = ChartLabels.Lines(new string('x', 40));

        // Assert
        Assert.Equal([new string('x', 36), new string('x', 4)], lines);
    }
}
