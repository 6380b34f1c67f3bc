namespace Portal.Infrastructure.Events;

/// <summary>A subscription target, named <c>all</c>, <c>agent:1001</c>, <c>campaign:TESTCAMP</c> or <c>usergroup:AGENTS</c>.</summary>
public readonly record struct EventTopic(EventTopicKind Kind, string Id)
{
    public const int MaxIdLength = 100;

    public static readonly EventTopic All = new(EventTopicKind.All, "");

    private static readonly (EventTopicKind Kind, string Prefix)[] Prefixes =
    [
        (EventTopicKind.Agent, "agent:"), (EventTopicKind.Campaign, "campaign:"), (EventTopicKind.UserGroup, "usergroup:"),
    ];

    public string Name => Kind switch
    {
        EventTopicKind.Agent => "agent:" + Id,
        EventTopicKind.Campaign => "campaign:" + Id,
        EventTopicKind.UserGroup => "usergroup:" + Id,
        _ => "all",
    };

    /// <summary>The topics an event belongs to: all, its agent, its campaign and its agent's user group.</summary>
    public static IEnumerable<EventTopic> Of(IntegrationEvent integrationEvent)
    {
        yield return All;
        yield return new(EventTopicKind.Agent, integrationEvent.AgentUser);
        yield return new(EventTopicKind.Campaign, integrationEvent.CampaignId);
        if (integrationEvent.UserGroup.Length > 0)
        {
            yield return new(EventTopicKind.UserGroup, integrationEvent.UserGroup);
        }
    }

    public static bool TryParse(string? name, out EventTopic topic)
    {
        topic = default;
        if (name == "all")
        {
            topic = All;
            return true;
        }

        foreach (var (kind, prefix) in Prefixes)
        {
            if (name is not null && name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length
                && name.Length - prefix.Length <= MaxIdLength)
            {
                topic = new(kind, name[prefix.Length..]);
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Name;
}
