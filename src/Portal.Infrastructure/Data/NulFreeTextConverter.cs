namespace Portal.Infrastructure.Data;

using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

/// <summary>
/// PostgreSQL's text cannot hold the NUL character (0x00) at all: a write that carries one fails ("invalid byte
/// sequence for encoding UTF8: 0x00"). SQLite keeps it. So that a stray NUL in what a caller sent (an API parameter,
/// an imported file) is stored the same way on both, it is stored on PostgreSQL as U+FFFD, the replacement character.
/// </summary>
public sealed class NulFreeTextConverter() : ValueConverter<string, string>(
    value => value.Replace('\0', '\uFFFD'),
    value => value);
