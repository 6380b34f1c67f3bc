namespace Portal.IntegrationTests;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Telephony;

/// <summary>
/// A quiet portal for the Agent API's call functions: <see cref="DialOutcomesFactory.AnswerNumber"/> always answers,
/// every transfer line answers, and the telephony port is a <see cref="TelephonyProbe"/>.
/// </summary>
public sealed class CallFunctionsFactory : PortalFactory
{
    public TelephonyProbe Probe => Services.GetRequiredService<TelephonyProbe>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"Telephony:Simulator:FixedOutcomes:{DialOutcomesFactory.AnswerNumber}", "Answer");
        builder.UseSetting("Telephony:Simulator:ConferenceAnswerOdds", "1");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(sp => new TelephonyProbe(sp.GetRequiredService<SimulatedPbx>()));
            services.AddSingleton<ITelephony>(sp => sp.GetRequiredService<TelephonyProbe>());
        });
    }
}
