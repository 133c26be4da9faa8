using Microsoft.Extensions.Caching.Hybrid;
using StackExchange.Redis;
using Vitrin.Api.Data;

namespace Vitrin.Api.Caching;

/// <summary>The tags cached public answers carry, so a write can drop exactly what it changed.</summary>
public static class CacheTags
{
    /// <summary>Which products a list holds and in what order: changes when a product enters or leaves the lists.</summary>
    public const string ProductLists = "product-lists";

    /// <summary>Category names and product counts (shown in every list item and on /categories).</summary>
    public const string Categories = "categories";

    /// <summary>Platform totals (/stats).</summary>
    public const string Stats = "stats";

    /// <summary>Anything that shows this product: its page and every list page that holds it.</summary>
    public static string Product(long id) => $"product:{id}";

    /// <summary>The product's comment threads (a comment's text, votes or visibility changed).</summary>
    public static string Comments(long productId) => $"comments:{productId}";
}

/// <summary>
/// Drops cached entries by tag, here and, through Redis pub/sub, on every other instance: HybridCache
/// has no backplane, and it reads a tag's invalidation time from Redis only once per instance.
/// Without Redis (one instance) the local drop is all there is.
/// </summary>
public sealed class CacheInvalidation(HybridCache cache, IServiceProvider services)
{
    /// <summary>Identifies this instance's own messages, which it has already applied.</summary>
    internal static readonly string InstanceId = Guid.NewGuid().ToString("N");

    private readonly IConnectionMultiplexer? _redis = services.GetService<IConnectionMultiplexer>();
    private readonly RedisNames? _names = services.GetService<RedisNames>();
    private readonly ReadReplica? _replica = services.GetService<ReadReplica>();

    public async Task InvalidateAsync(params IEnumerable<string> tags)
    {
        var list = tags.Distinct().ToList();
        if (list.Count == 0)
        {
            return;
        }

        await cache.RemoveByTagAsync(list);
        DropAgainAfterReplicaCatchUp(cache, _replica, list);
        if (_redis is { IsConnected: true } && _names is not null)
        {
            try
            {
                await _redis.GetSubscriber().PublishAsync(_names.InvalidationChannel, $"{InstanceId}\n{string.Join('\n', list)}", CommandFlags.FireAndForget);
            }
            catch (RedisException)
            {
                // The others' local copies then age out within PublicCache's bound.
            }
        }
    }

    /// <summary>
    /// With a read replica, a reader can re-fill a dropped entry from the replica before the replica has
    /// replayed the write that dropped it. Dropping the tags once more a moment later bounds such a
    /// stale copy to about <see cref="ReadReplica.CatchUp"/> (plus the replica's lag, normally milliseconds).
    /// </summary>
    internal static void DropAgainAfterReplicaCatchUp(HybridCache cache, ReadReplica? replica, IReadOnlyCollection<string> tags)
    {
        if (replica is { Configured: true })
        {
            _ = Task.Delay(ReadReplica.CatchUp).ContinueWith(_ => cache.RemoveByTagAsync(tags).AsTask(), TaskScheduler.Default).Unwrap();
        }
    }

    /// <summary>Everything a change to this product (or its comments) can make stale.</summary>
    public Task ProductChangedAsync(long productId, bool listsChanged = false) => listsChanged
        ? InvalidateAsync(CacheTags.Product(productId), CacheTags.Comments(productId), CacheTags.ProductLists, CacheTags.Categories, CacheTags.Stats)
        : InvalidateAsync(CacheTags.Product(productId), CacheTags.Comments(productId));
}

/// <summary>Applies other instances' invalidations to this instance's in-process cache.</summary>
public sealed class CacheInvalidationListener(
    IConnectionMultiplexer redis, RedisNames names, HybridCache cache, ReadReplica replica, ILogger<CacheInvalidationListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Subscribing while Redis is down fails; the multiplexer re-subscribes after a reconnect,
        // so one successful subscription is enough.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await redis.GetSubscriber().SubscribeAsync(names.InvalidationChannel, (_, message) => Apply(message));
                return;
            }
            catch (RedisException e)
            {
                logger.LogWarning("Cannot subscribe to cache invalidations yet: {Reason}", e.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    private void Apply(RedisValue message)
    {
        var parts = message.ToString().Split('\n');
        if (parts.Length > 1 && parts[0] != CacheInvalidation.InstanceId)
        {
            _ = cache.RemoveByTagAsync(parts[1..]).AsTask();
            CacheInvalidation.DropAgainAfterReplicaCatchUp(cache, replica, parts[1..]);
        }
    }
}

public static class CacheInvalidationEndpoints
{
    /// <summary>Every cached answer (HybridCache's wildcard tag).</summary>
    public const string Everything = "*";

    /// <summary>
    /// After a successful (2xx) write through these routes, drops the cached answers with these tags
    /// (default: all of them). For rare writes with wide reach, such as moderation, category edits and
    /// profile changes, where tracking exactly what changed would buy nothing.
    /// </summary>
    public static TBuilder InvalidatesPublicCache<TBuilder>(this TBuilder builder, params string[] tags)
        where TBuilder : IEndpointConventionBuilder
    {
        string[] dropped = tags.Length == 0 ? [Everything] : tags;
        return builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var answer = result is INestedHttpResult nested ? nested.Result : result;
            if (!HttpMethods.IsGet(context.HttpContext.Request.Method)
                && answer is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 })
            {
                await context.HttpContext.RequestServices.GetRequiredService<CacheInvalidation>().InvalidateAsync(dropped);
            }

            return result;
        });
    }
}
