using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Infrastructure;

namespace Vitrin.Api.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// <c>Database:Provider</c> is <c>Sqlite</c> (embedded default, a file in the data folder) or
    /// <c>Postgres</c> (production, <c>ConnectionStrings:Postgres</c>, and optionally a streaming
    /// replica for lag-tolerant reads, <c>ConnectionStrings:PostgresReplica</c>: see <see cref="ReadReplica"/>).
    /// </summary>
    public static void AddVitrinDatabase(this WebApplicationBuilder builder, DataDirectory data)
    {
        var config = builder.Configuration;
        if (IsPostgres(config))
        {
            var connection = config.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Postgres is not set.");
            builder.Services.AddDbContextPool<VitrinDbContext, PostgresVitrinDbContext>(o => o
                .UseNpgsql(Tuned(connection))
                .UseSnakeCaseNamingConvention());
            var replica = config.GetConnectionString("PostgresReplica") is { Length: > 0 } r ? r : null;
            builder.Services.AddSingleton(sp => new ReadReplica(replica, sp, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ReadReplica>>()));
            builder.Services.AddHostedService<DurabilityCheck>();
        }
        else
        {
            var connection = config.GetConnectionString("Sqlite")
                ?? $"Data Source={Path.Combine(data.Path, "vitrin.db")};Default Timeout=30";
            builder.Services.AddDbContextPool<VitrinDbContext, SqliteVitrinDbContext>(o => o
                .UseSqlite(connection)
                .UseSnakeCaseNamingConvention());
            if (config.GetConnectionString("PostgresReplica") is { Length: > 0 })
            {
                throw new InvalidOperationException(
                    "ConnectionStrings:PostgresReplica names a PostgreSQL read replica; it needs Database:Provider=Postgres.");
            }

            builder.Services.AddSingleton(sp => new ReadReplica(null, sp, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ReadReplica>>()));
        }

        // Product search's custom-planned PostgreSQL pools (none is opened on SQLite).
        builder.Services.AddSingleton<Search.SearchConnections>();
        builder.Services.AddHealthChecks().AddDbContextCheck<VitrinDbContext>("database", tags: [Health.ReadyTag]);
        if (config.GetValue("Database:MigrateOnStartup", true))
        {
            builder.Services.AddHostedService<DatabaseInitializer>();
        }
    }

    /// <summary>
    /// The EF Core connection's settings for speed.
    /// <list type="bullet">
    /// <item>Npgsql prepares a statement after it has run a few times on a connection, so PostgreSQL
    /// stops re-planning the list queries (planning their joins costs more than running them). EF
    /// Core's SQL is the same text for every call of a query, so a few hundred slots cover the app.
    /// An explicit <c>Max Auto Prepare</c> in the connection string wins.</item>
    /// <item><c>No Reset On Close</c>: a pooled connection is not reset when a request hands it back.
    /// The reset is several statements sent with the next request's first query (measured: a fifth
    /// of PostgreSQL's CPU per list request), and the app leaves no session state to reset: its
    /// only <c>SET</c> is a <c>SET LOCAL</c>, which ends with its transaction.</item>
    /// </list>
    /// </summary>
    internal static string Tuned(string connection)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connection) { NoResetOnClose = true };
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 256;
        }

        return builder.ConnectionString;
    }

    public static bool IsPostgres(IConfiguration config) =>
        config["Database:Provider"] is { } p
        && (p.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || p.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase));
}
