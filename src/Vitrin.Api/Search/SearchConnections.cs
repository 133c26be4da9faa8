using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vitrin.Api.Data;

namespace Vitrin.Api.Search;

/// <summary>
/// PostgreSQL connections for the product search statements: the database of the context they are
/// given (primary or read replica), through a pool of their own whose sessions are custom-planned
/// (<c>plan_cache_mode = force_custom_plan</c>). Npgsql auto-prepares statements that repeat, and a
/// prepared statement may switch to a generic plan, which ignores the words searched: one plan cannot
/// suit a word in every product and a word in none (an EXISTS that should stop at the first row builds
/// a bitmap of 100 000). A pool of custom-planned sessions keeps the prepared statements (no parsing)
/// without a transaction and a <c>SET LOCAL</c> round trip around every search. Parallel query is off
/// in these sessions, and this is needed for correct results, not only speed: a search reads a page
/// with its tiers under one LIMIT, which relies on the plain Append running its branches in order (a
/// Parallel Append would mix the tiers). Both settings are <c>SET</c> on every new physical
/// connection, so they hold whatever sits between the app and PostgreSQL, as long as it keeps a
/// session on one server connection (PgBouncer: session pooling), and they last because the pool
/// never resets its sessions (they only ever run SELECTs).
/// </summary>
public sealed class SearchConnections : IAsyncDisposable
{
    internal const string SessionSettings = "SET plan_cache_mode = force_custom_plan; SET max_parallel_workers_per_gather = 0";

    /// <summary>
    /// At most this many search connections per database and instance (fewer if the main pool is smaller):
    /// a search statement is short and CPU-bound, and more sessions than the database has cores only queue.
    /// </summary>
    internal const int MaxPoolSize = 16;

    private readonly ConcurrentDictionary<string, NpgsqlDataSource> _sources = new(StringComparer.Ordinal);

    /// <summary>How many pools are open (one per database searched: the primary, and the replica if any).</summary>
    internal int Count => _sources.Count;

    /// <summary>The search pool for the database <paramref name="db"/> is connected to.</summary>
    public NpgsqlDataSource For(VitrinDbContext db)
    {
        var connection = db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The database context has no connection string.");
        return _sources.GetOrAdd(connection, static c =>
        {
            var builder = new NpgsqlDataSourceBuilder(c);
            builder.ConnectionStringBuilder.NoResetOnClose = true;
            var settings = builder.ConnectionStringBuilder;
            settings.MaxPoolSize = Math.Min(settings.MaxPoolSize, MaxPoolSize);
            settings.MinPoolSize = Math.Min(settings.MinPoolSize, settings.MaxPoolSize);
            builder.UsePhysicalConnectionInitializer(
                connection =>
                {
                    using var command = new NpgsqlCommand(SessionSettings, connection);
                    command.ExecuteNonQuery();
                },
                async connection =>
                {
                    await using var command = new NpgsqlCommand(SessionSettings, connection);
                    await command.ExecuteNonQueryAsync();
                });
            return builder.Build();
        });
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var source in _sources.Values)
        {
            await source.DisposeAsync();
        }

        _sources.Clear();
    }
}
