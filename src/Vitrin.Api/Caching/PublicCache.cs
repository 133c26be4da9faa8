using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;

namespace Vitrin.Api.Caching;

/// <summary>
/// Cached answers for anonymous readers (signed-in readers see per-viewer fields such as
/// <c>viewerHasUpvoted</c> and always read the database).
/// <para>
/// Staleness bound: a write drops the entries it affects at once on every instance (tags, see
/// <see cref="CacheInvalidation"/>). Should an invalidation be lost (Redis failing between two
/// instances), an entry still lives at most <see cref="Bound"/>: 3 s in Redis, 1 s more in process,
/// and 1 s more in nginx's copy in front (see <see cref="CachedJson{T}.Shared"/>).
/// </para>
/// <para>
/// Lists are cached in two steps, both with HybridCache's stampede protection: which products a page
/// holds (tagged <see cref="CacheTags.ProductLists"/>), then the page's JSON, keyed by those products
/// and tagged with each of them, so an upvote drops exactly the pages that show that product.
/// </para>
/// <para>
/// Every value is read on the read replica when one is configured (<see cref="ReadReplica"/>):
/// these readers tolerate lag of the same order as the cache's own staleness.
/// </para>
/// </summary>
public sealed class PublicCache(HybridCache cache, IServiceScopeFactory scopes, ReadReplica replica, IOptions<JsonOptions> json, IConfiguration configuration)
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    internal static readonly HybridCacheEntryOptions EntryOptions = new()
    {
        Expiration = TimeSpan.FromSeconds(3),
        LocalCacheExpiration = TimeSpan.FromSeconds(1),
    };

    private readonly JsonSerializerOptions _json = json.Value.SerializerOptions;

    /// <summary><c>Cache:Public=false</c> answers every read from the database (to measure or debug).</summary>
    private readonly bool _enabled = configuration.GetValue("Cache:Public", true);

    public bool Enabled => _enabled;

    /// <summary>
    /// The JSON of <paramref name="create"/>'s value, cached under <paramref name="key"/>. The value is
    /// made with a database context of its own: readers who miss together share one run of it, which
    /// must not depend on the first reader's request (that request may end first).
    /// </summary>
    public async Task<CachedJson<T>> GetOrCreateAsync<T>(
        string key, IReadOnlyCollection<string> tags, Func<VitrinDbContext, CancellationToken, Task<T>> create, CancellationToken ct,
        JsonSerializerOptions? json = null)
    {
        VitrinMetrics.CacheRequests.Add(1);
        json ??= _json;
        if (!_enabled || !Cacheable(key))
        {
            return new CachedJson<T>(await SerializeAsync(create, json, ct));
        }

        var text = await cache.GetOrCreateAsync(
            key, (This: this, Create: create, Json: json),
            static (state, token) => new ValueTask<string>(state.This.SerializeAsync(state.Create, state.Json, token)),
            EntryOptions, tags, ct);
        return new CachedJson<T>(text) { Shared = true };
    }

    /// <summary>
    /// Whether HybridCache takes <paramref name="key"/>: it refuses keys with control characters or
    /// longer than its limit (1 024), logging an error each time. Keys hold what the client sent (a
    /// cursor, a query); such a request is answered from the database, and its own validation
    /// answers 400 where the value is wrong.
    /// </summary>
    internal static bool Cacheable(string key) => key.Length <= MaxKeyLength && !key.AsSpan().ContainsAnyInRange('\0', '\u001f') && !key.Contains('\u007f');

    /// <summary>HybridCache's default <c>MaximumKeyLength</c>, less room for the "select:"/"page:" prefixes and digest.</summary>
    private const int MaxKeyLength = 1024 - 64;

    private async Task<string> SerializeAsync<T>(Func<VitrinDbContext, CancellationToken, Task<T>> create, JsonSerializerOptions json, CancellationToken ct) =>
        JsonSerializer.Serialize(await WithDbAsync(create, ct), json);

    private Task<T> WithDbAsync<T>(Func<VitrinDbContext, CancellationToken, Task<T>> action, CancellationToken ct)
    {
        VitrinMetrics.CacheMisses.Add(1);
        return ReadAsync(action, ct);
    }

    /// <summary>
    /// An anonymous, lag-tolerant read outside the cache: on the replica when there is one, else on a
    /// primary context of its own.
    /// </summary>
    private Task<T> ReadAsync<T>(Func<VitrinDbContext, CancellationToken, Task<T>> read, CancellationToken ct) =>
        replica.ReadAsync(read, ReadPrimaryAsync, ct);

    /// <summary>
    /// An anonymous, lag-tolerant read outside the cache for a request: on the replica when there is
    /// one, else on the request's own primary context <paramref name="db"/>.
    /// </summary>
    public Task<T> ReadAsync<T>(VitrinDbContext db, Func<VitrinDbContext, CancellationToken, Task<T>> read, CancellationToken ct) =>
        replica.Configured ? replica.ReadAsync(read, (r, token) => r(db, token), ct) : read(db, ct);

    private async Task<T> ReadPrimaryAsync<T>(Func<VitrinDbContext, CancellationToken, Task<T>> read, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<VitrinDbContext>(), ct);
    }

    /// <summary>
    /// A cached page of a list: <paramref name="select"/> picks the page's product ids (and whatever
    /// else describes it, such as the next cursor); <paramref name="render"/> builds the answer for them.
    /// </summary>
    public async Task<CachedJson<T>> GetOrCreatePageAsync<TSelection, T>(
        string key, Func<VitrinDbContext, CancellationToken, Task<TSelection>> select, Func<TSelection, IEnumerable<long>> ids,
        Func<VitrinDbContext, TSelection, CancellationToken, Task<T>> render, CancellationToken ct)
    {
        VitrinMetrics.CacheRequests.Add(1);
        if (!_enabled || !Cacheable(key))
        {
            return new CachedJson<T>(await SerializeAsync(async (db, token) => await render(db, await select(db, token), token), _json, ct));
        }

        var selection = await cache.GetOrCreateAsync(
            "select:" + key, (This: this, Select: select), static (state, token) => new ValueTask<TSelection>(state.This.WithDbAsync(state.Select, token)),
            EntryOptions, [CacheTags.ProductLists], ct);
        var itemIds = ids(selection).ToList();
        // Keyed by the ids too, so a page whose selection changed is a different entry, never a mix.
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', itemIds))), 0, 12);
        return await GetOrCreateAsync(
            $"page:{key}:{digest}", [CacheTags.Categories, .. itemIds.Select(CacheTags.Product)], (db, token) => render(db, selection, token), ct);
    }
}
