namespace Portal.Domain.Sessions;

/// <summary>What the agent works with besides calls: the lead in preview and the in-groups.</summary>
public sealed partial class AgentSession
{
    private CommandResult Preview(long? leadId, DateTimeOffset now)
    {
        if (leadId is not null && State != AgentState.Paused)
        {
            return CommandResult.Refused(Refusal.NotPaused);
        }

        if (leadId == PreviewLeadId)
        {
            return CommandResult.Accepted();
        }

        PreviewLeadId = leadId;
        return CommandResult.Accepted(new LeadPreviewed(AgentUser, now, leadId));
    }

    private CommandResult ApplyInGroups(IReadOnlyList<string> inGroups, bool blended, DateTimeOffset now)
    {
        var distinct = inGroups.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.SequenceEqual(_inGroups) && blended == Blended)
        {
            return CommandResult.Accepted();
        }

        _inGroups.Clear();
        _inGroups.AddRange(distinct);
        Blended = blended;
        return CommandResult.Accepted(new InGroupsChanged(AgentUser, now, [.. _inGroups], blended));
    }
}
