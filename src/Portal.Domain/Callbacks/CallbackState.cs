namespace Portal.Domain.Callbacks;

public enum CallbackState
{
    /// <summary>Scheduled, not yet due.</summary>
    Active,

    /// <summary>Due: shown to the agent(s) who may take it.</summary>
    Live,

    /// <summary>Called back or cancelled.</summary>
    Inactive,
}
