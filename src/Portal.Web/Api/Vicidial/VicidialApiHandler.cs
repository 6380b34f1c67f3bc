namespace Portal.Web.Api.Vicidial;

using System.Diagnostics;
using Microsoft.Extensions.Options;
using Portal.Infrastructure;
using Portal.Infrastructure.Audit;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Supervision;

/// <summary>
/// Runs one Agent API request in VICIdial's order (contract §2.3): version, coffee, source, authentication,
/// the API switch, then the function. Every ERROR/SUCCESS line is audited; passwords are never echoed or logged.
/// </summary>
internal sealed class VicidialApiHandler(
    ApiAuthenticator authenticator,
    AltUserDirectory altUsers,
    LiveSessionBoard board,
    SessionRuntime sessions,
    ApiAuditLog audit,
    TimeProvider time,
    IOptions<PortalOptions> options,
    IEnumerable<IVicidialFunction> functions,
    ILogger<VicidialApiHandler> logger)
{
    /// <summary>The VICIdial API level Portal answers as; integrations compare against it.</summary>
    public const string ApiVersion = "2.14-82";

    private static readonly HashSet<string> CoffeeFunctions = ["coffee", "start_coffee", "make_coffee", "brew_coffee"];

    private readonly Dictionary<string, IVicidialFunction> _functions = functions.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public async Task<VicidialReply> HandleAsync(HttpContext context)
    {
        var clock = Stopwatch.StartNew();
        var started = time.GetUtcNow();
        var parameters = await VicidialParameters.ReadAsync(context.Request);
        var call = new VicidialCall(parameters, started.ToUnixTimeSeconds(), sessions, altUsers);

        try
        {
            await RunAsync(call, started, context.Connection.RemoteIpAddress);
        }
        catch (Exception e) when (DatabaseOutage.Caused(e))
        {
            logger.LogWarning("Agent API {Function} answered 'database unavailable': {Problem}", call.Function, e.Message);
            call.Reply.DatabaseUnavailable();
        }

        if (!call.Reply.Ended && int.TryParse(parameters.CloseWindowLink, out var link) && link > 0)
        {
            call.Reply.AppendCloseWindowLink(parameters.Language);
        }

        await AuditAsync(call, context, started, clock.Elapsed);
        return call.Reply;
    }

    private async Task RunAsync(VicidialCall call, DateTimeOffset started, System.Net.IPAddress? address)
    {
        var p = call.Parameters;
        if (call.Function == "version")
        {
            var line = $"VERSION: {ApiVersion}|BUILD: {BuildId}|DATE: {started.ToLocalTime():yyyy-MM-dd HH:mm:ss}|EPOCH: {call.Epoch}";
            call.Reply.Text(line, "SUCCESS", end: true, data: line);
            return;
        }

        if (CoffeeFunctions.Contains(call.Function))
        {
            var body = $"Coffee: {call.Function}|Error 418 I'm a teapot";
            call.Reply.Text(body, "ERROR", end: true, data: body, lineFeed: false, statusCode: StatusCodes.Status418ImATeapot);
            return;
        }

        if (p.Source.Length < 2)
        {
            call.Reply.Error("Invalid Source", p.Source, end: true);
            return;
        }

        call.Auth = p.User.Length < 2 || p.Pass.Length < 2
            ? ApiAuthResult.Failed(ApiAuthCode.Bad)
            : await authenticator.AuthenticateAsync(p.User, p.Pass, address);
        if (!call.Auth.IsGood || !call.Auth.Permissions.AgentApiAccess)
        {
            // VICIdial echoes the password here; Portal keeps the field count and leaves it empty (README: deviations).
            var auth = call.Auth.IsGood ? 1 : 0;
            var authApi = call.Auth.IsGood && call.Auth.Permissions.AgentApiAccess ? 1 : 0;
            var code = call.Auth.Code.ToString().ToUpperInvariant();
            var fields = $"|{p.User}||{auth}|{authApi}|{code}|";
            call.Reply.Text($"ERROR: Invalid Username/Password: {fields}", "ERROR", end: true, data: fields[1..], reason: "Invalid Username/Password");
            return;
        }

        if (!options.Value.AgentApi.Enabled)
        {
            call.Reply.Error("System API NOT ACTIVE", details: null, end: true);
            return;
        }

        if (_functions.TryGetValue(call.Function, out var function))
        {
            call.Scope = await board.ScopeForAsync(call.Auth.UserName ?? p.User);
            await function.RunAsync(call);
            return;
        }

        // VICIdial answers an unknown function with an empty body; Portal says what is wrong (README: deviations).
        call.Reply.Error("function not valid", call.Function, end: true);
    }

    /// <summary>Completes when the call's audit rows are committed: a reply is never read before its row exists.</summary>
    private async Task AuditAsync(VicidialCall call, HttpContext context, DateTimeOffset started, TimeSpan runTime)
    {
        foreach (var line in call.Reply.AuditLines)
        {
            await audit.WriteAsync(new ApiLogEntry
            {
                ApiDate = started,
                User = call.Parameters.User,
                AgentUser = call.AgentUser,
                Function = call.Function,
                Value = call.Value,
                Result = line.Result,
                ResultReason = line.Reason,
                Source = call.Parameters.Source,
                Data = line.Data,
                ApiScript = "agent",
                RunTimeSeconds = runTime.TotalSeconds,
                RemoteIp = context.Connection.RemoteIpAddress?.ToString(),
                Url = call.Parameters.ForLog(context.Request),
            });
        }
    }

    private static string BuildId { get; } =
        typeof(VicidialApiHandler).Assembly.GetName().Version?.ToString(3) is { } v ? $"portal-{v}" : "portal";
}
