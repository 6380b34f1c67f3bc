namespace Portal.Web.Tests;

using Portal.Domain.Campaigns;
using Portal.Infrastructure.Agents;

/// <summary>Campaign profiles for component tests; vary them with <c>with { ... }</c>.</summary>
internal static class Profiles
{
    public static CampaignProfile Sales(DialMethod dialMethod = DialMethod.Ratio, RecordingMode recording = RecordingMode.OnDemand) => new(
        Id: "SALES",
        Name: "Sales",
        DialMethod: dialMethod,
        PauseCodes: PauseCodeMode.Optional,
        Recording: recording,
        Script: null,
        WebFormUrl: null,
        AltPhoneDialAllowed: false,
        InGroups: [new InGroupChoice("SUPPORT", "Support", "#3366cc")]);
}
