namespace Portal.Domain.Validation;

/// <summary>Collects what is wrong with some input, by field name (the first problem per field wins).</summary>
public sealed class ProblemList
{
    private readonly Dictionary<string, string> _problems = new(StringComparer.Ordinal);

    public bool IsEmpty => _problems.Count == 0;

    public ProblemList Check(bool ok, string field, string message)
    {
        if (!ok)
        {
            _problems.TryAdd(field, message);
        }

        return this;
    }

    public IReadOnlyDictionary<string, string> ToDictionary() => new Dictionary<string, string>(_problems, StringComparer.Ordinal);

    /// <summary>For entity methods: settings that were not validated first are a programming error.</summary>
    public static void ThrowIfAny(IReadOnlyDictionary<string, string> problems, string paramName)
    {
        if (problems.Count > 0)
        {
            var (field, message) = problems.First();
            throw new ArgumentException($"{field}: {message}", paramName);
        }
    }
}
