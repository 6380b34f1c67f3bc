namespace Portal.Infrastructure.Telephony.Asterisk.Ari;

/// <summary>A bridge as ARI lists it.</summary>
public sealed record AriBridge(string Id, string Name, IReadOnlyList<string> Channels);
