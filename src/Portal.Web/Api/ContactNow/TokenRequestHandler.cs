namespace Portal.Web.Api.ContactNow;

using Microsoft.Extensions.Options;
using Portal.Infrastructure.Integrations.ContactNow;

/// <summary>
/// /token.php: <c>action=get</c> (username, password, optional address list) issues a token; <c>action=validate</c>
/// says whether a token can be used from here, and until when.
/// </summary>
internal sealed class TokenRequestHandler(ContactNowTokenService tokens, IOptions<ContactNowOptions> options)
{
    public async Task HandleAsync(ContactNowExchange exchange, HttpContext context)
    {
        var p = exchange.Parameters;
        exchange.Action = p["action"];
        switch (exchange.Action)
        {
            case "get":
                await GetAsync(exchange, context);
                break;
            case "validate":
                await ValidateAsync(exchange, context);
                break;
            case "":
                exchange.Reply.Fail("action is required: get or validate");
                break;
            default:
                exchange.Reply.Fail($"unknown action {Echo.Of(exchange.Action)}: use get or validate");
                break;
        }
    }

    private async Task GetAsync(ContactNowExchange exchange, HttpContext context)
    {
        var p = exchange.Parameters;
        exchange.User = p["username"];
        var issued = await tokens.IssueAsync(p["username"], p.Secret("password"), p["address"], context.Connection.RemoteIpAddress, context.RequestAborted);
        if (!issued.Succeeded)
        {
            exchange.Reply.Fail(issued.Error!);
            return;
        }

        var expire = issued.ExpiresAt.ToUnixTimeSeconds();
        exchange.Reply.Succeed();
        exchange.Reply.AccountId = options.Value.AccountId;
        exchange.Reply.Token = issued.Token;
        exchange.Reply.Expire = expire;
        exchange.Data = $"expire={expire}|address={string.Join(' ', issued.Addresses)}";
    }

    private async Task ValidateAsync(ContactNowExchange exchange, HttpContext context)
    {
        var check = await tokens.CheckAsync(exchange.Parameters.Secret("token"), context.Connection.RemoteIpAddress, context.RequestAborted);
        if (check.Holder is { } holder)
        {
            exchange.User = holder.Caller.UserName;
            exchange.Reply.Expire = holder.ExpiresAt.ToUnixTimeSeconds();
        }

        if (check.Error == ContactNowErrors.ExpiredToken)
        {
            exchange.Reply.Expire = -1;
        }

        if (!check.IsValid)
        {
            exchange.Reply.Fail(check.Error!);
            return;
        }

        exchange.Reply.Succeed();
        exchange.Reply.AccountId = options.Value.AccountId;
    }
}
