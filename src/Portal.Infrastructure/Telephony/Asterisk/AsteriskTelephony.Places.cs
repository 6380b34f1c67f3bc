namespace Portal.Infrastructure.Telephony.Asterisk;

using Microsoft.Extensions.Logging;

/// <summary>Where a customer's audio is, and moving it: the agent's bridge, music on hold, the parking bridge.</summary>
public sealed partial class AsteriskTelephony
{
    /// <summary>Takes the customer's audio from where it is to where it goes: the agent's bridge, music, or the parking bridge.</summary>
    private async Task MoveAsync(AriCall call, CallPlace target, string? agentUser, CancellationToken cancellationToken)
    {
        var targetBridge = target switch
        {
            CallPlace.WithAgent => AgentBridgeOf(agentUser),
            CallPlace.Parked => ParkingBridgeId,
            _ => null,
        };
        if (target == CallPlace.WithAgent && targetBridge is null)
        {
            logger.LogWarning("Call {CallId} cannot join agent {AgentUser}: they have no phone line", call.CallId, agentUser);
            return;
        }

        if (call.Place == target && (target != CallPlace.WithAgent || call.AgentUser == agentUser))
        {
            return;
        }

        await LeavePlaceAsync(call, cancellationToken);
        switch (target)
        {
            case CallPlace.WithAgent:
                await _ari.AddToBridgeAsync(targetBridge!, call.CallId, cancellationToken);
                break;
            case CallPlace.Parked:
                await EnsureParkingAsync(cancellationToken);
                await _ari.AddToBridgeAsync(ParkingBridgeId, call.CallId, cancellationToken);
                break;
            default:
                await _ari.StartMusicOnHoldAsync(call.CallId, _options.MusicOnHoldClass, cancellationToken);
                call.HearsMusic = true;
                break;
        }

        lock (_gate)
        {
            call.Place = target;
            call.AgentUser = agentUser ?? call.AgentUser;
        }
    }

    /// <summary>Stops what the customer hears where they are (music, or a bridge) before they go somewhere else.</summary>
    private async Task LeavePlaceAsync(AriCall call, CancellationToken cancellationToken)
    {
        switch (call.Place)
        {
            case CallPlace.WithAgent when AgentBridgeOf(call.AgentUser) is { } bridge:
                await _ari.RemoveFromBridgeAsync(bridge, call.CallId, cancellationToken);
                break;
            case CallPlace.Parked:
                await _ari.RemoveFromBridgeAsync(ParkingBridgeId, call.CallId, cancellationToken);
                break;
            case CallPlace.Waiting or CallPlace.OnHold when call.HearsMusic:
                await _ari.StopMusicOnHoldAsync(call.CallId, cancellationToken);
                call.HearsMusic = false;
                break;
        }
    }

    /// <summary>The one holding bridge parked callers wait in, with music, created when first needed.</summary>
    private async Task EnsureParkingAsync(CancellationToken cancellationToken)
    {
        if (_parkingReady)
        {
            return;
        }

        await _ari.CreateBridgeAsync(ParkingBridgeId, "holding", ct: cancellationToken);
        await _ari.StartBridgeMusicOnHoldAsync(ParkingBridgeId, _options.MusicOnHoldClass, cancellationToken);
        _parkingReady = true;
    }
}
