using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Search;

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
        builder.Services.AddSingleton<SearchConnections>();
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
    /// <item>A small pool (<see cref="DefaultMaxPoolSize"/>) unless the connection string sets
    /// <c>Maximum Pool Size</c>: PostgreSQL runs no faster with more busy backends than it has cores,
    /// they only queue for the CPUs inside the server, where the wait is unfair and shows in p99;
    /// requests beyond the pool wait their turn in Npgsql's queue instead (first come, first served).
    /// Measured on 2 cores, 32 concurrent list requests: 8 connections gave 20 % more throughput than
    /// 100 and half the p99 (README, Benchmarks).</item>
    /// <item><c>enable_memoize=off</c> for the session (appended to <c>Options</c> unless it names
    /// the setting): the app's joins read a few rows by key (a page of 20 and its makers), where a
    /// Memoize node's per-execution hash table costs more than the look-ups it saves (measured:
    /// about a tenth of PostgreSQL's CPU on the list page). A pooler that drops startup options
    /// only loses that saving.</item>
    /// </list>
    /// </summary>
    internal static string Tuned(string connection)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connection) { NoResetOnClose = true };
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 256;
        }

        if (!Sets(connection, "Maximum Pool Size", "MaxPoolSize"))
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
            builder.MinPoolSize = Math.Min(builder.MinPoolSize, DefaultMaxPoolSize);
        }

        if (builder.Options?.Contains("enable_memoize", StringComparison.OrdinalIgnoreCase) != true)
        {
            builder.Options = $"{builder.Options} -c enable_memoize=off".TrimStart();
        }

        return builder.ConnectionString;
    }

    /// <summary>The EF Core pool's size when the connection string does not set one: four per core of this machine, 8 to 32.</summary>
    internal static int DefaultMaxPoolSize => Math.Clamp(4 * Environment.ProcessorCount, 8, 32);

    /// <summary>Whether the connection string sets one of these keywords (spelled any way Npgsql accepts).</summary>
    private static bool Sets(string connection, params string[] keywords)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection };
        return keywords.Any(given.ContainsKey);
    }

    public static bool IsPostgres(IConfiguration config) =>
        config["Database:Provider"] is { } p
        && (p.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || p.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase));
}
