namespace Portal.Domain.Campaigns;

/// <summary>An inbound queue.</summary>
public sealed class InGroup(string id, string name, string color, int priority)
{
    public string Id { get; private set; } = id;
    public string Name { get; private set; } = name;

    /// <summary>A CSS colour for the call's banner on the agent screen.</summary>
    public string Color { get; private set; } = color;

    /// <summary>Higher is answered first.</summary>
    public int Priority { get; private set; } = priority;

    public bool Active { get; private set; } = true;

    /// <summary>The list new callers' leads are added to (VICIdial's in-group list_id).</summary>
    public long? DefaultListId { get; private set; }

    public InGroup AddNewCallersTo(long listId)
    {
        DefaultListId = listId;
        return this;
    }
}
