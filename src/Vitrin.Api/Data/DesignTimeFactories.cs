using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Vitrin.Api.Data;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteVitrinDbContext>
{
    public SqliteVitrinDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteVitrinDbContext>().UseSqlite("Data Source=design.db").UseSnakeCaseNamingConvention().Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresVitrinDbContext>
{
    public PostgresVitrinDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresVitrinDbContext>().UseNpgsql("Host=localhost").UseSnakeCaseNamingConvention().Options);
}
