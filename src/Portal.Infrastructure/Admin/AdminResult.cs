namespace Portal.Infrastructure.Admin;

/// <summary>
/// The outcome of an admin change: success, or the problems by field (property names of the settings; an empty key
/// for a problem with the whole request).
/// </summary>
public sealed record AdminResult(IReadOnlyDictionary<string, string> Problems)
{
    public static readonly AdminResult Ok = new(new Dictionary<string, string>());

    public bool Succeeded => Problems.Count == 0;

    public static AdminResult Invalid(string field, string message) => new(new Dictionary<string, string> { [field] = message });

    public static AdminResult Invalid(string message) => Invalid("", message);

    public static AdminResult From(IReadOnlyDictionary<string, string> problems) => problems.Count == 0 ? Ok : new(problems);
}
