namespace Portal.Infrastructure.Data.Copy;

/// <summary>One table after the copy: its rows in the source and in the target (the copy fails unless they are equal).</summary>
public sealed record CopiedTable(string Name, long SourceRows, long TargetRows);
