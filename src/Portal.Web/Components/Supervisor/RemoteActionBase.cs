namespace Portal.Web.Components.Supervisor;

using Microsoft.AspNetCore.Components;
using MudBlazor;
using Portal.Infrastructure.Supervision;

/// <summary>
/// What every remote-control action component shares: the agent's row, the supervisor, the service, running one
/// action at a time with its result handed to the wallboard, and asking first before a destructive one.
/// </summary>
public abstract class RemoteActionBase : ComponentBase
{
    [Inject]
    protected IRemoteControl Remote { get; set; } = default!;

    [Inject]
    protected IDialogService Dialogs { get; set; } = default!;

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

    /// <summary>Runs the action only once the supervisor confirms it in a dialog.</summary>
    protected async Task ConfirmThenRunAsync(string title, string question, string confirm, Func<Task<RemoteResult>> action)
    {
        var dialog = await Dialogs.ShowAsync<ConfirmDialog>(title, new DialogParameters<ConfirmDialog>
        {
            { d => d.Question, question },
            { d => d.ConfirmText, confirm },
        });
        if (await dialog.Result is { Canceled: false })
        {
            await RunAsync(action);
        }
    }
}
