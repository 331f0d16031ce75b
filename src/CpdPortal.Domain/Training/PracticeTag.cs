using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Training;

/// <summary>A practice framework a course belongs to (Signs of Safety, Restorative Practice ...): an editable list.</summary>
public sealed class PracticeTag
{
    private PracticeTag()
    {
        Name = string.Empty;
    }

    public PracticeTag(string name)
    {
        Name = Guard.Text(name, FieldLengths.Name, "tag.name", "the practice framework's name");
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public void Rename(string name) => Name = Guard.Text(name, FieldLengths.Name, "tag.name", "the practice framework's name");
}
