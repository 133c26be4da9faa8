using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Infrastructure;

namespace Vitrin.Api.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// <c>Database:Provider</c> is <c>Sqlite</c> (embedded default, a file in the data folder) or
    /// <c>Postgres</c> (production, <c>ConnectionStrings:Postgres</c>).
    /// </summary>
    public static void AddVitrinDatabase(this WebApplicationBuilder builder, DataDirectory data)
    {
        var config = builder.Configuration;
        if (IsPostgres(config))
        {
            var connection = config.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Postgres is not set.");
            builder.Services.AddDbContextPool<VitrinDbContext, PostgresVitrinDbContext>(o => o
                .UseNpgsql(connection)
                .UseSnakeCaseNamingConvention());
        }
        else
        {
            var connection = config.GetConnectionString("Sqlite")
                ?? $"Data Source={Path.Combine(data.Path, "vitrin.db")};Default Timeout=30";
            builder.Services.AddDbContextPool<VitrinDbContext, SqliteVitrinDbContext>(o => o
                .UseSqlite(connection)
                .UseSnakeCaseNamingConvention());
        }

        builder.Services.AddHealthChecks().AddDbContextCheck<VitrinDbContext>("database", tags: [Health.ReadyTag]);
        if (config.GetValue("Database:MigrateOnStartup", true))
        {
            builder.Services.AddHostedService<DatabaseInitializer>();
        }
    }

    public static bool IsPostgres(IConfiguration config) =>
        config["Database:Provider"] is { } p
        && (p.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || p.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase));
}
