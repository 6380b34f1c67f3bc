namespace Portal.Web.Api.Rest;

using Portal.Infrastructure.Integrations;
using Portal.Infrastructure.Supervision;

/// <summary>
/// The integration calling the REST API: the key it presented and the user whose permissions the key carries, the
/// campaigns and user groups that user may reach (read once per request), and what the call's audit row should say.
/// </summary>
public sealed class RestCaller(ApiKeyHolder key, LiveSessionBoard board)
{
    private Task<SupervisorScope>? _scope;

    public ApiKeyHolder Key { get; } = key;

    public string UserName => Key.UserName;

    /// <summary>The audit row's value: what was asked (the pause code, the status, the number dialled).</summary>
    public string AuditValue { get; set; } = "";

    /// <summary>The audit row's data: what was done.</summary>
    public string AuditData { get; set; } = "";

    /// <summary>The campaigns and user groups the key's user may act on (admins: everything).</summary>
    public Task<SupervisorScope> ScopeAsync() => _scope ??= board.ScopeForAsync(UserName);

    /// <summary>The caller of this request, or null when it was not authenticated with an API key.</summary>
    public static RestCaller? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<RestCaller>() is { } known)
        {
            return known;
        }

        if (context.Features.Get<ApiKeyHolder>() is not { } holder)
        {
            return null;
        }

        var caller = new RestCaller(holder, context.RequestServices.GetRequiredService<LiveSessionBoard>());
        context.Features.Set(caller);
        return caller;
    }

    /// <summary>Minimal API binding: handlers take the caller as a parameter.</summary>
    public static ValueTask<RestCaller?> BindAsync(HttpContext context) => ValueTask.FromResult(Of(context));
}
