namespace Portal.Web.Api.Vicidial.Functions.Notifications;

using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

/// <summary>
/// webserver: host, runtime and limit facts in VICIdial's <c>&lt;PRE&gt;</c> block. Contract §3.2. Because it discloses
/// host details (contract §2.16), Portal requires the API user's allowed functions to name <c>webserver</c>
/// explicitly: ALL_FUNCTIONS is not enough.
/// </summary>
internal sealed class WebserverFunction(
    IHttpContextAccessor http, IOptions<KestrelServerOptions> kestrel, IOptions<FormOptions> forms, TimeProvider time) : IVicidialFunction
{
    public string Name => "webserver";

    public Task RunAsync(VicidialCall call)
    {
        var allowed = $" {call.Auth.Permissions.AllowedFunctions} ".Contains($" {Name} ", StringComparison.Ordinal);
        if (!allowed)
        {
            call.Reply.Error(
                "auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION", $"{call.Parameters.User}|{Name}|{call.Auth.UserGroup}", end: true);
            return Task.CompletedTask;
        }

        var data = WebserverReport.Describe(http.HttpContext, kestrel.Value, forms.Value, time);
        call.Reply.Text($"<PRE>{data}</PRE>", "SUCCESS", end: true, data: data.Replace('\n', '|'), multiLine: true);
        return Task.CompletedTask;
    }
}
