namespace Portal.Infrastructure.AgentApi.Calls;

using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Data;

/// <summary>
/// vm_message: the voicemail message chosen for a lead (VICIdial's vicidial_lead_messages). The VM button
/// (<see cref="ICallControls.LeaveVoicemailAsync"/>) plays the lead's latest one.
/// </summary>
public sealed class LeadVoicemailMessages(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    /// <param name="audio">One or more audio file names separated by |.</param>
    public async Task AddAsync(long leadId, string user, string audio, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.LeadMessages.Add(new LeadMessage { LeadId = leadId, At = time.GetUtcNow(), User = user, Audio = audio });
        await db.SaveChangesAsync(cancellationToken);
    }
}
