namespace Portal.Web.Api.ContactNow;

using System.Diagnostics;
using Portal.Infrastructure.Data;

/// <summary>
/// The ContactNow-compatible API: <c>/token.php</c> issues and validates tokens, <c>/agent.php</c> drives a live agent
/// session with one. GET or POST; JSON by default, <c>format=xml</c> for the contract's XML. Every answer is HTTP 200
/// with success true or false, as ContactNow answers, so integrations parse one shape; every call is audited.
/// </summary>
public static class ContactNowApi
{
    public static RouteGroupBuilder MapContactNowApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("").WithTags("ContactNow API");
        group.MapMethods("/token.php", [HttpMethods.Get, HttpMethods.Post], HandleTokenAsync)
            .WithName("ContactNowToken")
            .WithSummary("ContactNow token.php: action=get issues a token for username/password; action=validate checks one.")
            .DisableAntiforgery()
            .AllowAnonymous();
        group.MapMethods("/agent.php", [HttpMethods.Get, HttpMethods.Post], HandleAgentAsync)
            .WithName("ContactNowAgent")
            .WithSummary("ContactNow agent.php: agent_dial, wrap, ready, pause, unpause, hangup, hangupready, manual_dial, logout.")
            .DisableAntiforgery()
            .AllowAnonymous();
        return group;
    }

    private static Task HandleTokenAsync(
        HttpContext context, TokenRequestHandler handler, ContactNowAudit audit, TimeProvider time, ILogger<TokenRequestHandler> logger) =>
        RunAsync(context, audit, time, logger, handler.HandleAsync);

    private static Task HandleAgentAsync(
        HttpContext context, AgentRequestHandler handler, ContactNowAudit audit, TimeProvider time, ILogger<AgentRequestHandler> logger) =>
        RunAsync(context, audit, time, logger, handler.HandleAsync);

    private static async Task RunAsync(
        HttpContext context, ContactNowAudit audit, TimeProvider time, ILogger logger, Func<ContactNowExchange, HttpContext, Task> handle)
    {
        var clock = Stopwatch.StartNew();
        var started = time.GetUtcNow();
        var parameters = await ContactNowParameters.ReadAsync(context.Request);
        var format = parameters["format"].ToUpperInvariant() switch
        {
            "" or "JSON" => ContactNowFormat.Json,
            "XML" => ContactNowFormat.Xml,
            _ => (ContactNowFormat?)null,
        };

        var exchange = new ContactNowExchange(parameters, format ?? ContactNowFormat.Json);
        if (format is null)
        {
            exchange.Action = parameters["action"];
            exchange.Reply.Fail($"format {Echo.Of(parameters["format"])} is not valid: use json or xml");
        }
        else
        {
            await HandleSafelyAsync(exchange, context, logger, handle);
        }

        var (contentType, body) = ContactNowReplyWriter.Render(exchange.Reply, exchange.Format);
        await audit.WriteAsync(exchange, context, started, clock.Elapsed);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.Headers.CacheControl = "no-store";
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>What a ContactNow caller reads while the database is unavailable: nothing was done; send it again.</summary>
    public const string DatabaseUnavailableError = "the database is unavailable; nothing was done, try again in a few seconds";

    /// <summary>A fault inside Portal is logged and answered in the caller's format, never as a 500 page.</summary>
    private static async Task HandleSafelyAsync(
        ContactNowExchange exchange, HttpContext context, ILogger logger, Func<ContactNowExchange, HttpContext, Task> handle)
    {
        try
        {
            await handle(exchange, context);
        }
        catch (Exception ex) when (DatabaseOutage.Caused(ex))
        {
            logger.LogWarning("ContactNow {Path} action {Action} answered 'database unavailable' ({Problem})", context.Request.Path, exchange.Action, ex.Message);
            exchange.Reply.Fail(DatabaseUnavailableError);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(ex, "ContactNow {Path} action {Action} failed", context.Request.Path, exchange.Action);
            exchange.Reply.Fail("the request could not be completed because of an error inside Portal; it was logged");
        }
    }
}
