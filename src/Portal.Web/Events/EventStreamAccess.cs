namespace Portal.Web.Events;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Portal.Infrastructure.Integrations;

/// <summary>
/// The event hub's part of the API-key rule REST applies (<see cref="ApiKeyAccess"/>): a key's user needs agent-API
/// access and <see cref="EventStream.Function"/> in their allowed functions, or the hub answers 403. A caller signed in
/// with the portal's cookie is a screen user and sees what their screens show.
/// </summary>
internal sealed class EventStreamAccess(ILogger<EventStreamAccess> logger)
    : AuthorizationHandler<EventStreamAccess.Requirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, Requirement requirement)
    {
        var http = context.Resource switch
        {
            HttpContext request => request,
            HubInvocationContext invocation => invocation.Context.GetHttpContext(),
            _ => null,
        };
        if (http?.Features.Get<ApiKeyHolder>() is not { } holder)
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        if (ApiKeyAccess.RefusalFor(holder, EventStream.Function) is { } refusal)
        {
            logger.LogInformation("Event hub refused API key {KeyId} ({KeyName}): {Reason}", holder.KeyId, holder.KeyName, refusal);
            context.Fail(new AuthorizationFailureReason(this, refusal));
        }
        else
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    /// <summary>Marks the hub's policy as needing the API-key rule.</summary>
    public sealed class Requirement : IAuthorizationRequirement;
}
