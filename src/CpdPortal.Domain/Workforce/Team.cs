using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Workforce;

/// <summary>A team in the council's children's services (e.g. the MASH, Early Help 5-19).</summary>
public sealed class Team
{
    private Team()
    {
        Name = string.Empty;
    }

    public Team(string name, string? description = null)
    {
        Name = Guard.Text(name, FieldLengths.Name, "team.name", "the team name");
        Description = Guard.OptionalText(description, FieldLengths.ShortText, "team.description", "a description");
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public DateOnly? RetiredOn { get; private set; }

    public bool IsActive => RetiredOn is null;

    public void Rename(string name) => Name = Guard.Text(name, FieldLengths.Name, "team.name", "the team name");

    public void Retire(DateOnly on) => RetiredOn ??= on;
}
