namespace Portal.Infrastructure.AgentApi.Leads;

/// <summary>How the in-groups sent change the agent's selection (VICIdial's change_ingroups value).</summary>
public enum InGroupChangeMode
{
    /// <summary>The in-groups sent replace the selection.</summary>
    Change,

    /// <summary>The in-groups sent are added to the selection.</summary>
    Add,

    /// <summary>The in-groups sent are taken out of the selection.</summary>
    Remove,
}
