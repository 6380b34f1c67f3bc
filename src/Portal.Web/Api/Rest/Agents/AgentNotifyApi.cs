namespace Portal.Web.Api.Rest.Agents;

using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Notifications;
using Portal.Web.Api.Rest.Agents.Requests;

/// <summary>
/// POST /agents/{agentUser}/notify: a styled message and/or confetti on the agent's screen, stored and shown by the same
/// notification dispatcher as send_notification. Values outside the limits are refused rather than clamped.
/// </summary>
public static partial class AgentNotifyApi
{
    public const int MaxTextLength = 1000;
    public const int MinTextSize = 8;
    public const int MaxTextSize = 72;

    public static RouteGroupBuilder MapAgentNotify(this RouteGroupBuilder agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        agent.MapPost("/notify", NotifyAsync)
            .Describe(RestFunctions.Notify, "NotifyAgent", "Shows a message (text size, colour, weight) and/or confetti on the agent's screen now.", AgentsApi.Tag);
        return agent;
    }

    private static async Task<Results<Ok<AgentDto>, ValidationProblem, ProblemHttpResult>> NotifyAsync(
        string agentUser, JsonBody<NotifyRequest> body, RestCaller caller, INotificationQueue dispatcher, AgentViews views, TimeProvider time)
    {
        var request = body.Value!;
        caller.AuditValue = NotificationRecipientType.User;
        if (Problem(request) is { } problem)
        {
            return problem;
        }

        var confetti = request.Confetti;
        var notification = new QueuedNotification
        {
            Recipient = agentUser,
            RecipientType = NotificationRecipientType.User,
            Text = request.Text ?? "",
            TextSize = request.TextSize ?? NotificationLimits.DefaultTextSize,
            TextFont = NotificationLimits.DefaultTextFont,
            TextWeight = request.TextWeight ?? NotificationLimits.DefaultTextWeight,
            TextColor = request.TextColor ?? NotificationLimits.DefaultTextColor,
            Confetti = confetti is not null,
            ConfettiSeconds = confetti is null ? 0 : confetti.Seconds ?? NotificationLimits.DefaultConfettiSeconds,
            ConfettiParticles = confetti is null ? 0 : confetti.Particles ?? NotificationLimits.DefaultConfettiParticles,
            ConfettiSpeed = confetti is null ? 0 : confetti.Speed ?? NotificationLimits.DefaultConfettiSpeed,
            DueAt = time.GetUtcNow(),
            Pinned = request.Pinned,
            CreatedBy = caller.UserName,
        };
        var id = await dispatcher.QueueAsync(notification, retry: false);
        caller.AuditData = $"notification {id}";
        return await views.CurrentAsync(agentUser);
    }

    private static ValidationProblem? Problem(NotifyRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        void Check(bool ok, string field, string message)
        {
            if (!ok)
            {
                errors[field] = [message];
            }
        }

        Check(!string.IsNullOrWhiteSpace(request.Text) || request.Confetti is not null, "text", "Send a text, confetti, or both.");
        Check((request.Text?.Length ?? 0) <= MaxTextLength, "text", $"The text has at most {MaxTextLength} characters.");
        Check(request.TextSize is null or >= MinTextSize and <= MaxTextSize, "textSize", $"The text size is {MinTextSize} to {MaxTextSize}.");
        Check(request.TextColor is null || Color().IsMatch(request.TextColor), "textColor", "The colour is a name (red) or a hex value (#2E7D32).");
        Check(request.TextWeight is null or "normal" or "bold", "textWeight", "The weight is normal or bold.");
        if (request.Confetti is { } confetti)
        {
            Check(confetti.Seconds is null or >= 1 and <= NotificationLimits.MaxConfettiSeconds, "confetti.seconds", $"Confetti lasts 1 to {NotificationLimits.MaxConfettiSeconds} seconds.");
            Check(confetti.Particles is null or >= 1 and <= NotificationLimits.MaxConfettiParticles, "confetti.particles", $"Confetti has 1 to {NotificationLimits.MaxConfettiParticles} particles.");
            Check(confetti.Speed is null or >= 1 and <= NotificationLimits.MaxConfettiSpeed, "confetti.speed", $"The confetti speed is 1 to {NotificationLimits.MaxConfettiSpeed}.");
        }

        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors);
    }

    [GeneratedRegex("^(#[0-9A-Fa-f]{3}|#[0-9A-Fa-f]{6}|[A-Za-z]{3,20})$", RegexOptions.CultureInvariant)]
    private static partial Regex Color();
}
