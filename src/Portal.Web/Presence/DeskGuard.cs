namespace Portal.Web.Presence;

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

/// <summary>
/// Put one in an agent desk page (it renders nothing): while it is rendered the agent counts as having a desk open, so
/// Portal does not pause them as LAGGED; and when the sign-in is revoked (signed out elsewhere, password changed,
/// deactivated: the revalidating state provider notices within seconds) it takes the desk to the login page, because
/// an interactive page keeps running after its sign-in is gone. Usage: <c>&lt;DeskGuard AgentUser="@agentUser" /&gt;</c>.
/// </summary>
public sealed class DeskGuard : ComponentBase, IDisposable
{
    private string? _reported;
    private bool _signedOut;

    [Inject] private DeskCircuit Circuit { get; set; } = default!;

    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The signed-in agent whose desk this is; null (still loading) reports nothing.</summary>
    [Parameter] public string? AgentUser { get; set; }

    protected override void OnInitialized()
    {
        Authentication.AuthenticationStateChanged += OnAuthenticationChanged;
        Circuit.Reconnected += OnReconnected;
    }

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

    private void OnAuthenticationChanged(Task<AuthenticationState> state) =>
        _ = InvokeAsync(async () =>
        {
            if ((await state).User.Identity?.IsAuthenticated != true)
            {
                _signedOut = true;
                GoToLogin();
            }
        });

    private void OnReconnected() => _ = InvokeAsync(GoToLogin);

    // The browser that signed out has usually left already (the sign-out form loads the login page): its circuit is
    // disconnected and a navigation there would only fail. The redirect is for a desk still on screen, now or when it
    // reconnects.
    private void GoToLogin()
    {
        if (_signedOut && Circuit.Connected)
        {
            Navigation.NavigateTo("account/login", forceLoad: true);
        }
    }

    public void Dispose()
    {
        Authentication.AuthenticationStateChanged -= OnAuthenticationChanged;
        Circuit.Reconnected -= OnReconnected;
        if (_reported is not null)
        {
            Circuit.Closed(_reported);
            _reported = null;
        }
    }
}
