namespace Portal.Web.Api.Rest;

/// <summary>
/// Endpoint metadata: the VICIdial API function a REST endpoint stands for. The key's user needs it in their allowed
/// functions (or ALL_FUNCTIONS), and the endpoint's audit rows carry it as their function.
/// </summary>
public sealed record RestFunction(string Name);
