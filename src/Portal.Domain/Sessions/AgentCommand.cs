namespace Portal.Domain.Sessions;

using Portal.Domain.Callbacks;

/// <summary>
/// Everything that can change a live session: the agent's clicks, a supervisor, any API, telephony, timers.
/// Each one is handled by <see cref="AgentSession.Handle"/>, so every source gets the same rules.
/// </summary>
public abstract record AgentCommand;

/// <summary>Become available for calls (the READY button, VICIdial's external_pause RESUME).</summary>
public sealed record GoReady : AgentCommand;

/// <summary>Pause now, or after the current call's disposition when on a call.</summary>
public sealed record Pause(string? PauseCode = null) : AgentCommand;

/// <summary>
/// Pause now if READY, else nothing: the phantom-agent guard (<see cref="PauseCodeRules.Lagged"/>). A call already on
/// its way, or an agent who paused meanwhile, is left as it is.
/// </summary>
public sealed record PauseIfReady(string PauseCode) : AgentCommand;

/// <summary>Set the pause code of a paused agent (VICIdial's pause_code).</summary>
public sealed record SetPauseCode(string PauseCode) : AgentCommand;

/// <summary>End the session: now when idle, after the disposition when on a call, or now regardless (emergency).</summary>
public sealed record LogOut(bool Immediately = false) : AgentCommand;

/// <summary>Telephony is delivering a call to a READY agent.</summary>
public sealed record OfferCall(ActiveCall Call) : AgentCommand;

/// <summary>A delivered call did not reach the agent (caller abandoned, agent phone did not answer).</summary>
public sealed record WithdrawCall : AgentCommand;

/// <summary>The offered call is connected to the agent.</summary>
public sealed record ConnectCall : AgentCommand;

/// <summary>The agent places a call from pause (manual dial, callback, preview).</summary>
public sealed record PlaceCall(ActiveCall Call) : AgentCommand;

/// <summary>The customer hung up; the agent is still on the line until they hang up too.</summary>
public sealed record CustomerHungUp : AgentCommand;

/// <summary>
/// The agent's part of the call ends and the session goes to disposition: hung up by the agent, a supervisor or an
/// API, transferred away, left a 3-way call, or an outbound call that was busy or not answered.
/// </summary>
public sealed record HangUpCustomer(CallEndReason Reason = CallEndReason.AgentHangup) : AgentCommand;

/// <summary>A ringing outbound call was answered by the customer.</summary>
public sealed record CallAnswered : AgentCommand;

/// <summary>The transfer/conference line changed: a number while it is up, null when it is hung up.</summary>
public sealed record SetConferenceLine(string? Number) : AgentCommand;

/// <summary>The agent's selected in-groups and whether they also take outbound calls (blended).</summary>
public sealed record ChangeInGroups(IReadOnlyList<string> InGroups, bool Blended) : AgentCommand;

/// <summary>Show a message (and maybe confetti) on the agent's screen.</summary>
public sealed record Notify(AgentNotification Notification) : AgentCommand;

/// <summary>Switch one flag of the live call (recording, 3-way, parked).</summary>
public sealed record SetCallFlag(CallFlags Flag, bool On) : AgentCommand;

/// <summary>Disposition the call that just ended; optionally pause afterwards, or schedule a callback.</summary>
public sealed record Disposition(string StatusCode, bool PauseAfter = false, CallbackRequest? Callback = null) : AgentCommand;

/// <summary>Show a lead in preview on the paused agent's screen (before DIAL / SKIP / FINISH).</summary>
public sealed record PreviewLead(long LeadId) : AgentCommand;

/// <summary>Close the preview without dialling (FINISH).</summary>
public sealed record EndPreview : AgentCommand;

/// <summary>Show another lead for the live inbound call (VICIdial's switch_lead).</summary>
public sealed record SwitchLead(long LeadId) : AgentCommand;

/// <summary>Ask the agent's screen to reload panels: lead form, script, callbacks (update_fields, refresh_panel).</summary>
public sealed record RefreshPanels(IReadOnlyList<string> Panels) : AgentCommand;
