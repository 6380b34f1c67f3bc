namespace Portal.Web.Api.Vicidial;

/// <summary>
/// One function of /agc/api.php. Implementations are found in this assembly and registered as singletons, so a new
/// function is a new class in <c>Api/Vicidial/Functions/</c>; it runs after version/source/authentication checks.
/// </summary>
internal interface IVicidialFunction
{
    /// <summary>The exact, case-sensitive function name.</summary>
    string Name { get; }

    Task RunAsync(VicidialCall call);
}
