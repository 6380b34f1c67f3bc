namespace Portal.Domain.Callbacks;

public enum CallbackType
{
    /// <summary>Any agent of the campaign may take it.</summary>
    Anyone,

    /// <summary>Only the agent who scheduled it ("my callback only").</summary>
    UserOnly,
}
