namespace Portal.Web.Presence;

using Microsoft.AspNetCore.Components;

/// <summary>
/// Put one in an agent desk page: while it is rendered (interactively) the agent counts as having a desk open, so
/// Portal does not pause them as LAGGED. It renders nothing. Usage: <c>&lt;DeskPresenceReporter AgentUser="@agentUser" /&gt;</c>.
/// </summary>
public sealed class DeskPresenceReporter : ComponentBase, IDisposable
{
    private string? _reported;

    [Inject] private DeskCircuit Circuit { get; set; } = default!;

    /// <summary>The signed-in agent whose desk this is; null (still loading) reports nothing.</summary>
    [Parameter] public string? AgentUser { get; set; }

    protected override void OnParametersSet()
    {
        if (AgentUser == _reported)
        {
            return;
        }

        if (_reported is not null)
        {
            Circuit.Closed(_reported);
        }

        _reported = AgentUser;
        if (_reported is not null)
        {
            Circuit.Opened(_reported);
        }
    }

    public void Dispose()
    {
        if (_reported is not null)
        {
            Circuit.Closed(_reported);
            _reported = null;
        }
    }
}
