namespace Portal.Migrations.Postgres;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Infrastructure.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build PostgreSQL's model of PortalDbContext (this project is both the migrations
/// project and the startup project: dotnet-ef looks for the factory in the startup assembly). No connection is opened.
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PortalDbContext>()
            .UseNpgsql("Host=localhost;Database=portal_design", o => o.MigrationsAssembly(typeof(PostgresDesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
