namespace Portal.Infrastructure.Data.Copy;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

/// <summary>
/// Every table of Portal's model (Identity's, owned types' and any table added later: it comes from the EF model, not
/// a list), in an order that inserts principal tables before the tables whose foreign keys point at them.
/// </summary>
internal static class CopyPlan
{
    public static IReadOnlyList<TableCopy> Tables(PortalDbContext source, PortalDbContext target)
    {
        var sourceTables = TablesOf(source).ToDictionary(t => (t.Schema, t.Name));
        var sourceSql = source.GetService<ISqlGenerationHelper>();
        var targetSql = target.GetService<ISqlGenerationHelper>();
        return [.. PrincipalsFirst(TablesOf(target).Where(t => !t.IsExcludedFromMigrations))
            .Select(t => new TableCopy(
                sourceTables.GetValueOrDefault((t.Schema, t.Name)) ?? throw new DatabaseCopyException($"The source model has no table {t.Name}."),
                t, sourceSql, targetSql))];
    }

    /// <summary>The design-time model: the run-time one leaves out some of what the tables need (which are migrated, for one).</summary>
    private static IEnumerable<ITable> TablesOf(PortalDbContext db) => db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables;

    private static List<ITable> PrincipalsFirst(IEnumerable<ITable> tables)
    {
        var pending = tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var ordered = new List<ITable>(pending.Count);
        while (pending.Count > 0)
        {
            // A table that refers to itself is read in key order, which puts a parent row before its children.
            var next = pending.Find(t => t.ForeignKeyConstraints.All(fk => fk.PrincipalTable == t || ordered.Contains(fk.PrincipalTable)))
                ?? throw new DatabaseCopyException($"The tables {string.Join(", ", pending.Select(t => t.Name))} refer to each other in a cycle; the copy cannot order them.");
            ordered.Add(next);
            pending.Remove(next);
        }

        return ordered;
    }
}
