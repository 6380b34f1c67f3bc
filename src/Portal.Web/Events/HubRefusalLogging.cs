namespace Portal.Web.Events;

using Microsoft.AspNetCore.SignalR;

/// <summary>
/// A refused hub call (a <see cref="HubException"/>: a topic out of scope, a bad argument) is the caller's mistake,
/// not the server's: it is logged as one line with the reason and no stack trace. Anything else is a real error.
/// SignalR's own dispatcher logs every failed invocation, refusals too, as an error with its stack trace; that category
/// is switched off in <see cref="LiveEventServices"/> because this filter logs each invocation's failure itself.
/// </summary>
internal sealed class HubRefusalLogging(ILogger<HubRefusalLogging> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (HubException refusal)
        {
            logger.LogInformation(
                "Event hub call {Method} by {User} refused: {Reason}",
                invocationContext.HubMethodName, invocationContext.Context.User?.Identity?.Name, refusal.Message);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Event hub call {Method} by {User} failed", invocationContext.HubMethodName, invocationContext.Context.User?.Identity?.Name);
            throw;
        }
    }
}
