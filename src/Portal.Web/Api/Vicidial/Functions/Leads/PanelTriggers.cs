namespace Portal.Web.Api.Vicidial.Functions.Leads;

/// <summary>
/// The reload triggers of update_fields and refresh_panel, in VICIdial's order, and the agent-screen panel each one
/// reloads. A trigger counts when its parameter is sent (any value), not when its name merely occurs in the request.
/// </summary>
internal static class PanelTriggers
{
    private static readonly (string Trigger, string Panel)[] All =
    [
        ("formreload", "form"), ("scriptreload", "script"), ("script2reload", "script2"), ("emailreload", "email"),
        ("chatreload", "chat"), ("callbacksreload", "callbacks"),
    ];

    /// <summary>The triggers sent, in VICIdial's order; update_fields does not know callbacksreload.</summary>
    public static IReadOnlyList<(string Trigger, string Panel)> Detect(VicidialParameters parameters, bool includeCallbacks) =>
        [.. All.Where(t => (includeCallbacks || t.Trigger != "callbacksreload") && parameters.Has(t.Trigger))];
}
