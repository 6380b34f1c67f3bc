namespace Portal.Domain.Tests;

using Portal.Domain.Sessions;

/// <summary>
/// A live session with its own clock, brought to a state by the commands a real agent would send.
/// Each setup step happens one minute after the previous one, so every state has its own start time.
/// </summary>
internal sealed class TestSession
{
    public const string Agent = "agent7";
    public const string CampaignId = "SALES";
    public const string Phone = "SIP/1001";
    public const string InGroup = "SUPPORT";

    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan SetupStep = TimeSpan.FromMinutes(1);

    private TestSession(AgentSession session, AgentEvent loggedIn)
    {
        Session = session;
        LoggedIn = loggedIn;
    }

    public AgentSession Session { get; }

    public AgentEvent LoggedIn { get; }

    public DateTimeOffset Now { get; private set; } = Start;

    public static AgentLogin Login(bool manualCampaign = false, string phone = Phone) =>
        new(Agent, CampaignId, manualCampaign, phone, [InGroup], Blended: true);

    public static ActiveCall Call(CallDirection direction = CallDirection.Inbound) =>
        new("1709370000.42", 42, "3125550100", direction, InGroup, CallFlags.None, Start);

    /// <summary>A session just logged in: PAUSED LOGIN since <see cref="Start"/>.</summary>
    public static TestSession LogIn(bool manualCampaign = false)
    {
        var (session, loggedIn) = AgentSession.LogIn(Login(manualCampaign), Start);
        return new TestSession(session, loggedIn);
    }

    /// <summary>A session in <paramref name="state"/>, reached the ordinary way (an inbound call for QUEUE onwards).</summary>
    public static TestSession In(AgentState state, bool manualCampaign = false)
    {
        var session = LogIn(manualCampaign);
        return state switch
        {
            AgentState.Paused => session,
            AgentState.Ready => session.Then(new GoReady()),
            AgentState.Queue => session.Then(new GoReady()).Then(new OfferCall(Call())),
            AgentState.InCall => session.Then(new GoReady()).Then(new OfferCall(Call())).Then(new ConnectCall()),
            AgentState.Dispo => session.Then(new GoReady()).Then(new OfferCall(Call())).Then(new ConnectCall()).Then(new HangUpCustomer()),
            AgentState.LoggedOut => session.Then(new LogOut()),
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
        };
    }

    public TestSession Advance(TimeSpan by)
    {
        Now += by;
        return this;
    }

    public CommandResult Send(AgentCommand command) => Session.Handle(command, Now);

    public CommandResult SendAfter(TimeSpan elapsed, AgentCommand command) => Advance(elapsed).Send(command);

    /// <summary>A setup step: one minute later, a command that must be accepted.</summary>
    public TestSession Then(AgentCommand command)
    {
        var result = SendAfter(SetupStep, command);
        if (!result.IsAccepted)
        {
            throw new InvalidOperationException($"Setup command {command} was refused: {result.Refusal}.");
        }

        return this;
    }
}
