namespace Portal.Infrastructure.Sessions;

using System.Text.Json;
using Portal.Domain.Sessions;

/// <summary>Converts between a session snapshot and its row.</summary>
internal static class LiveSessionMapping
{
    public static void CopyTo(this SessionSnapshot s, LiveSessionRow row)
    {
        row.AgentUser = s.AgentUser;
        row.CampaignId = s.CampaignId;
        row.CampaignIsManual = s.CampaignIsManual;
        row.PhoneLogin = s.PhoneLogin;
        row.LoggedInAt = s.LoggedInAt;
        row.State = s.State.ToString();
        row.PauseCode = s.PauseCode;
        row.StateSince = s.StateSince;
        row.CallJson = s.Call is null ? null : JsonSerializer.Serialize(s.Call);
        row.PauseAfterDispo = s.PauseAfterDispo;
        row.PendingPauseCode = s.PendingPauseCode;
        row.LogoutAfterDispo = s.LogoutAfterDispo;
        row.InGroups = string.Join(' ', s.InGroups);
        row.Blended = s.Blended;
        row.Version = s.Version;
        row.PreviewLeadId = s.PreviewLeadId;
    }

    public static SessionSnapshot ToSnapshot(this LiveSessionRow row) => new(
        row.AgentUser,
        row.CampaignId,
        row.CampaignIsManual,
        row.PhoneLogin,
        row.LoggedInAt,
        Enum.Parse<AgentState>(row.State),
        row.PauseCode,
        row.StateSince,
        row.CallJson is null ? null : JsonSerializer.Deserialize<ActiveCall>(row.CallJson),
        row.PauseAfterDispo,
        row.PendingPauseCode,
        row.LogoutAfterDispo,
        row.InGroups.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        row.Blended,
        row.Version)
    {
        PreviewLeadId = row.PreviewLeadId,
    };
}
