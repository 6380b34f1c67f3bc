using Portal.Web;

var app = PortalWebApplication.Build(args);
await app.RunAsync();

/// <summary>The entry point; public so integration tests can host it.</summary>
public partial class Program;
