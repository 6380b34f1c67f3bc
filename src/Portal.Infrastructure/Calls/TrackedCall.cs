namespace Portal.Infrastructure.Calls;

public enum TrackedCallKind
{
    /// <summary>A customer called an in-group (or was sent to one by a local-closer transfer).</summary>
    Inbound,

    /// <summary>Placed by the auto-dialer for a campaign; routed to an agent once answered.</summary>
    AutoDial,

    /// <summary>Placed by an agent (manual dial, preview, callback).</summary>
    Manual,
}

/// <summary>A customer call the call center is handling, from arrival or dialling until it leaves an agent.</summary>
public sealed record TrackedCall(
    string CallId,
    TrackedCallKind Kind,
    string CampaignId,
    string? InGroupId,
    long? LeadId,
    string PhoneCode,
    string PhoneNumber,
    DateTimeOffset ArrivedAt)
{
    /// <summary>The agent the call is with, once delivered.</summary>
    public string? AgentUser { get; init; }

    /// <summary>AGENTDIRECT: only this agent may take the call.</summary>
    public string? TargetAgent { get; init; }

    /// <summary>The conference line being dialled joins the customer (3-way) rather than consulting.</summary>
    public bool ConferenceWithCustomer { get; init; }

    /// <summary>The in-group's priority: higher is answered first.</summary>
    public int Priority { get; init; }
}
