namespace Portal.IntegrationTests;

using Microsoft.AspNetCore.Hosting;

/// <summary>
/// A quiet portal where chosen numbers always give the same outcome and every transfer/conference line answers,
/// so call-handling tests never depend on the simulator's dice.
/// </summary>
public sealed class DialOutcomesFactory : PortalFactory
{
    public const string BusyNumber = "3125550100";
    public const string NoAnswerNumber = "3125550101";
    public const string AnswerNumber = "3125550102";

    /// <summary>Also always answers; for a test that must not share its number (say, one that puts it on the DNC list).</summary>
    public const string OtherAnswerNumber = "3125550103";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"Telephony:Simulator:FixedOutcomes:{BusyNumber}", "Busy");
        builder.UseSetting($"Telephony:Simulator:FixedOutcomes:{NoAnswerNumber}", "NoAnswer");
        builder.UseSetting($"Telephony:Simulator:FixedOutcomes:{AnswerNumber}", "Answer");
        builder.UseSetting($"Telephony:Simulator:FixedOutcomes:{OtherAnswerNumber}", "Answer");
        builder.UseSetting("Telephony:Simulator:ConferenceAnswerOdds", "1");
    }
}
