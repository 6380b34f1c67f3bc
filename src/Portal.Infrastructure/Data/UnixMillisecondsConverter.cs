namespace Portal.Infrastructure.Data;

using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

/// <summary>Stores a <see cref="DateTimeOffset"/> as UTC Unix milliseconds, so SQLite can compare and order it.</summary>
public sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.ToUnixTimeMilliseconds(),
    value => DateTimeOffset.FromUnixTimeMilliseconds(value));
