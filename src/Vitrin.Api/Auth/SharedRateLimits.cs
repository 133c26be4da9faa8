using System.Diagnostics;
using System.Threading.RateLimiting;
using StackExchange.Redis;
using Vitrin.Api.Caching;

namespace Vitrin.Api.Auth;

/// <summary>
/// Fixed-window allowances shared by every API instance: counted in Redis when it is configured
/// (one INCR per attempt, the window set on the first), in process otherwise. While Redis is
/// unreachable each instance falls back to its own in-process count, so an outage neither blocks
/// sign-ins nor lifts the limits.
/// </summary>
public sealed class SharedRateLimits(IServiceProvider services)
{
    // Adds permits to the window's count, starting the window on the first; returns {count, ms left}.
    private const string CountScript = """
        local n = redis.call('INCRBY', KEYS[1], ARGV[1])
        if n == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        return {n, redis.call('PTTL', KEYS[1])}
        """;

    private readonly IConnectionMultiplexer? _redis = services.GetService<IConnectionMultiplexer>();
    private readonly string _prefix = (services.GetService<RedisNames>()?.Prefix ?? "vitrin:") + "rate:";

    /// <summary>A rate-limiter partition for the ASP.NET Core rate-limiting middleware.</summary>
    public RateLimitPartition<string> FixedWindow(string policy, string key, FixedWindowRateLimiterOptions options) =>
        _redis is null
            ? RateLimitPartition.GetFixedWindowLimiter(key, _ => options)
            : RateLimitPartition.Get(key, k => new RedisFixedWindowLimiter(this, $"{_prefix}{policy}:{k}", options));

    /// <summary>Adds <paramref name="permits"/> to a shared window; null when Redis cannot be used right now.</summary>
    internal async Task<(long Count, TimeSpan Left)?> CountAsync(string key, int permits, TimeSpan window)
    {
        if (_redis is not { IsConnected: true })
        {
            return null;
        }

        try
        {
            var result = (RedisResult[])(await _redis.GetDatabase().ScriptEvaluateAsync(
                CountScript, [(RedisKey)key], [permits, (long)window.TotalMilliseconds]))!;
            return ((long)result[0], TimeSpan.FromMilliseconds(Math.Max(0, (long)result[1])));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return null;
        }
    }

    /// <summary>Reads a shared window's count without adding to it; null when Redis cannot be used right now.</summary>
    internal async Task<(long Count, TimeSpan Left)?> PeekAsync(string key)
    {
        if (_redis is not { IsConnected: true })
        {
            return null;
        }

        try
        {
            var db = _redis.GetDatabase();
            var count = await db.StringGetAsync(key);
            var left = await db.KeyTimeToLiveAsync(key);
            return ((long)(count.HasValue ? (long)count : 0), left ?? TimeSpan.Zero);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return null;
        }
    }

    internal bool UsesRedis => _redis is not null;

    internal string Key(string name) => _prefix + name;

    /// <summary>
    /// A fixed window counted in Redis. The middleware tries <c>AttemptAcquire</c> (synchronous) first
    /// and then <c>AcquireAsync</c>: the first declines so the Redis round trip happens in the second.
    /// </summary>
    private sealed class RedisFixedWindowLimiter(SharedRateLimits shared, string key, FixedWindowRateLimiterOptions options) : RateLimiter
    {
        private readonly FixedWindowRateLimiter _local = new(options);
        private long _lastUsed = Stopwatch.GetTimestamp();

        public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastUsed));

        public override RateLimiterStatistics? GetStatistics() => _local.GetStatistics();

        protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
            shared._redis is { IsConnected: true } ? Lease.Declined : _local.AttemptAcquire(permitCount);

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
        {
            Interlocked.Exchange(ref _lastUsed, Stopwatch.GetTimestamp());
            if (await shared.CountAsync(key, permitCount, options.Window) is not { } counted)
            {
                return await _local.AcquireAsync(permitCount, cancellationToken);
            }

            return counted.Count <= options.PermitLimit ? Lease.Granted : new Lease(false, counted.Left > TimeSpan.Zero ? counted.Left : options.Window);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _local.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);
        public static readonly Lease Declined = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
