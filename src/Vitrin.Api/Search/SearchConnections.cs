using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vitrin.Api.Data;

namespace Vitrin.Api.Search;

/// <summary>
/// PostgreSQL connections for the product search statements: the database of the context they are
/// given (primary or read replica), through a pool of their own whose sessions start with
/// <c>plan_cache_mode = force_custom_plan</c>. Npgsql auto-prepares statements that repeat, and a
/// prepared statement may switch to a generic plan, which ignores the words searched: one plan cannot
/// suit a word in every product and a word in none (an EXISTS that should stop at the first row builds
/// a bitmap of 100 000). A pool of custom-planned sessions keeps the prepared statements (no parsing)
/// without a transaction and a <c>SET LOCAL</c> round trip around every search. Parallel query is off
/// in these sessions: a search reads a page, and its statement reads tiers in turn under one LIMIT,
/// which relies on the plain Append running its branches in order.
/// </summary>
public sealed class SearchConnections : IAsyncDisposable
{
    internal const string SessionOptions = "-c plan_cache_mode=force_custom_plan -c max_parallel_workers_per_gather=0";

    private readonly ConcurrentDictionary<string, NpgsqlDataSource> _sources = new(StringComparer.Ordinal);

    /// <summary>The search pool for the database <paramref name="db"/> is connected to.</summary>
    public NpgsqlDataSource For(VitrinDbContext db)
    {
        var connection = db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The database context has no connection string.");
        return _sources.GetOrAdd(connection, static c =>
        {
            var builder = new NpgsqlConnectionStringBuilder(c);
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? SessionOptions : builder.Options + " " + SessionOptions;
            // These sessions only ever run SELECTs, so there is no state to reset between uses.
            builder.NoResetOnClose = true;
            return NpgsqlDataSource.Create(builder);
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
