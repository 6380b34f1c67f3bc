namespace Portal.IntegrationTests;

using Microsoft.AspNetCore.Hosting;

/// <summary>A portal whose Portal:AgentApi:OutboundCidAny is API_ONLY, so external_dial may set the caller id.</summary>
public sealed class OutboundCidApiOnlyFactory : PortalFactory
{
    public const string AnswerNumber = "3125556100";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:AgentApi:OutboundCidAny", "API_ONLY");
        builder.UseSetting($"Telephony:Simulator:FixedOutcomes:{AnswerNumber}", "Answer");
    }
}
