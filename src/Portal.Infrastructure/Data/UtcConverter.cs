namespace Portal.Infrastructure.Data;

using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as the same instant in UTC, which is all PostgreSQL's <c>timestamptz</c> takes
/// (Npgsql refuses other offsets); it then orders and filters times natively.
/// </summary>
public sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);
