using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace Vitrin.Api.Caching;

/// <summary>
/// Cached answers for anonymous readers (signed-in readers see per-viewer fields such as
/// <c>viewerHasUpvoted</c> and always read the database).
/// <para>
/// Staleness bound: a write drops the entries it affects at once on every instance (tags, see
/// <see cref="CacheInvalidation"/>). Should an invalidation be lost (Redis failing between two
/// instances), an entry still lives at most <see cref="Bound"/>: 3 s in Redis plus 2 s in process.
/// </para>
/// <para>
/// Lists are cached in two steps, both with HybridCache's stampede protection: which products a page
/// holds (tagged <see cref="CacheTags.ProductLists"/>), then the page's JSON, keyed by those products
/// and tagged with each of them, so an upvote drops exactly the pages that show that product.
/// </para>
/// </summary>
public sealed class PublicCache(HybridCache cache, IOptions<JsonOptions> json, IConfiguration configuration)
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    internal static readonly HybridCacheEntryOptions EntryOptions = new()
    {
        Expiration = TimeSpan.FromSeconds(3),
        LocalCacheExpiration = TimeSpan.FromSeconds(2),
    };

    private readonly JsonSerializerOptions _json = json.Value.SerializerOptions;

    /// <summary><c>Cache:Public=false</c> answers every read from the database (to measure or debug).</summary>
    private readonly bool _enabled = configuration.GetValue("Cache:Public", true);

    /// <summary>The JSON of <paramref name="create"/>'s value, cached under <paramref name="key"/>.</summary>
    public async Task<CachedJson<T>> GetOrCreateAsync<T>(
        string key, IReadOnlyCollection<string> tags, Func<CancellationToken, Task<T>> create, CancellationToken ct)
    {
        if (!_enabled)
        {
            return new CachedJson<T>(JsonSerializer.Serialize(await create(ct), _json));
        }

        var text = await cache.GetOrCreateAsync(
            key, (create, _json), static async (state, token) => JsonSerializer.Serialize(await state.create(token), state._json),
            EntryOptions, tags, ct);
        return new CachedJson<T>(text);
    }

    /// <summary>
    /// A cached page of a list: <paramref name="select"/> picks the page's item ids (and whatever
    /// else describes it, such as the next cursor); <paramref name="render"/> builds the answer for them.
    /// </summary>
    public async Task<CachedJson<T>> GetOrCreatePageAsync<TSelection, T>(
        string key, Func<CancellationToken, Task<TSelection>> select, Func<TSelection, IEnumerable<long>> ids,
        Func<TSelection, CancellationToken, Task<T>> render, Func<long, string> itemTag, CancellationToken ct)
    {
        if (!_enabled)
        {
            return new CachedJson<T>(JsonSerializer.Serialize(await render(await select(ct), ct), _json));
        }

        var selection = await cache.GetOrCreateAsync(
            "select:" + key, select, static (s, token) => new ValueTask<TSelection>(s(token)), EntryOptions, [CacheTags.ProductLists], ct);
        var itemIds = ids(selection).ToList();
        // Keyed by the ids too, so a page whose selection changed is a different entry, never a mix.
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', itemIds))), 0, 12);
        return await GetOrCreateAsync(
            $"page:{key}:{digest}", [CacheTags.Categories, .. itemIds.Select(itemTag)], token => render(selection, token), ct);
    }
}
