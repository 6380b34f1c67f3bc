namespace Portal.Web.Api.ContactNow;

using Portal.Infrastructure.Audit;

/// <summary>Every call of /token.php and /agent.php becomes one audit row (ApiScript contactnow), success or not.</summary>
internal sealed class ContactNowAudit(ApiAuditLog log)
{
    public const string ApiScript = "contactnow";

    /// <summary>Completes when the row is committed, so the reply goes out after it.</summary>
    public Task WriteAsync(ContactNowExchange exchange, HttpContext context, DateTimeOffset started, TimeSpan runTime) =>
        log.WriteAsync(new ApiLogEntry
        {
            ApiDate = started,
            User = exchange.User,
            AgentUser = exchange.AgentUser,
            Function = exchange.Action,
            Value = exchange.Value,
            Result = exchange.Reply.Success ? "SUCCESS" : "ERROR",
            ResultReason = exchange.Reply.Error ?? "",
            Source = "",
            Data = exchange.Data,
            ApiScript = ApiScript,
            RunTimeSeconds = runTime.TotalSeconds,
            RemoteIp = context.Connection.RemoteIpAddress?.ToString(),
            Url = exchange.Parameters.ForLog(context.Request),
        });
}
