using Microsoft.Extensions.Caching.Distributed;
using StackExchange.Redis;

namespace Vitrin.Api.Caching;

/// <summary>
/// The Redis second level, made optional: a failed read is a miss and a failed write is skipped,
/// so a Redis outage costs cache hits, never requests.
/// </summary>
public sealed partial class FailSoftDistributedCache(IDistributedCache inner, ILogger<FailSoftDistributedCache> logger) : IDistributedCache
{
    private long _lastLogged = long.MinValue;

    public byte[]? Get(string key) => Try(() => inner.Get(key), null);

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        await TryAsync(async () => await inner.GetAsync(key, token), null);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Try(() => { inner.Set(key, value, options); return true; }, false);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        TryAsync(async () => { await inner.SetAsync(key, value, options, token); return true; }, false);

    public void Refresh(string key) => Try(() => { inner.Refresh(key); return true; }, false);

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        TryAsync(async () => { await inner.RefreshAsync(key, token); return true; }, false);

    public void Remove(string key) => Try(() => { inner.Remove(key); return true; }, false);

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        TryAsync(async () => { await inner.RemoveAsync(key, token); return true; }, false);

    private T Try<T>(Func<T> action, T fallback)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            Log(e);
            return fallback;
        }
    }

    private async Task<T> TryAsync<T>(Func<Task<T>> action, T fallback)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            Log(e);
            return fallback;
        }
    }

    /// <summary>At most one line per 10 s: during an outage every request would otherwise log one.</summary>
    private void Log(Exception e)
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastLogged);
        if (now - last > 10_000 && Interlocked.CompareExchange(ref _lastLogged, now, last) == last)
        {
            LogRedisFailed(logger, e.GetType().Name, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis cache call failed ({Kind}: {Reason}); answering without it")]
    private static partial void LogRedisFailed(ILogger logger, string kind, string reason);
}
