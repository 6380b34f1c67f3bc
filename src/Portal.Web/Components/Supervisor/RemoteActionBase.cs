namespace Portal.Web.Components.Supervisor;

using Microsoft.AspNetCore.Components;
using Portal.Infrastructure.Supervision;

/// <summary>
/// What every remote-control action component shares: the agent's row, the supervisor, the service, and running one
/// action at a time with its result handed to the wallboard.
/// </summary>
public abstract class RemoteActionBase : ComponentBase
{
    [Inject]
    protected IRemoteControl Remote { get; set; } = default!;

    [Parameter, EditorRequired]
    public WallboardRow Row { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Supervisor { get; set; } = "";

    [Parameter]
    public EventCallback<RemoteResult> OnResult { get; set; }

    /// <summary>True while an action is in flight; its buttons are disabled.</summary>
    protected bool Running { get; private set; }

    protected string Agent => Row.AgentUser;

    protected async Task RunAsync(Func<Task<RemoteResult>> action)
    {
        Running = true;
        try
        {
            await OnResult.InvokeAsync(await action());
        }
        finally
        {
            Running = false;
        }
    }
}
