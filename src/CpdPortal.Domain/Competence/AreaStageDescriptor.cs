namespace CpdPortal.Domain.Competence;

/// <summary>What one Dreyfus stage looks like in one competence area, as the L&amp;D team words it.</summary>
public sealed class AreaStageDescriptor
{
    private AreaStageDescriptor()
    {
        Text = string.Empty;
    }

    internal AreaStageDescriptor(DreyfusStage stage, string text)
    {
        Stage = stage;
        Text = text;
    }

    public int Id { get; private set; }

    public int AreaId { get; private set; }

    public DreyfusStage Stage { get; private set; }

    public string Text { get; private set; }

    internal void Reword(string text) => Text = text;
}
