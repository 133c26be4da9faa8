using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;
using Vitrin.Api.Infrastructure;

namespace Vitrin.Api.Caching;

/// <summary>
/// HybridCache: in-process (L1) always; Redis as the shared second level when
/// <c>ConnectionStrings:Redis</c> is set. Redis is never required: every Redis call fails fast
/// while it is down (the API answers from the database) and <c>/health/ready</c> reports it degraded.
/// </summary>
public static class CacheSetup
{
    public static void AddVitrinCaching(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHybridCache(o =>
        {
            o.MaximumPayloadBytes = 4 * 1024 * 1024;
            o.DefaultEntryOptions = PublicCache.EntryOptions;
        });
        services.AddSingleton<PublicCache>();
        services.AddSingleton<CacheInvalidation>();

        if (builder.Configuration.GetConnectionString("Redis") is not { Length: > 0 } redis)
        {
            return;
        }

        // Everything Vitrin keeps in Redis starts with this, so apps can share one Redis.
        var prefix = builder.Configuration["Cache:RedisPrefix"] is { Length: > 0 } p ? p : "vitrin:";
        services.AddSingleton(new RedisNames(prefix));
        var options = ConfigurationOptions.Parse(redis);
        // Fail fast instead of queueing commands while Redis is away; reconnect in the background.
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2_000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 1_000);
        options.SyncTimeout = Math.Min(options.SyncTimeout, 1_000);
        options.ClientName ??= "vitrin";
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        services.AddSingleton<IDistributedCache>(sp => new FailSoftDistributedCache(
            new RedisCache(new RedisCacheOptions
            {
                InstanceName = prefix + "cache:",
                ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>()),
            }),
            sp.GetRequiredService<ILogger<FailSoftDistributedCache>>()));
        services.AddHostedService<CacheInvalidationListener>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", HealthStatus.Degraded, [Health.ReadyTag]);
    }
}

/// <summary>Names of what Vitrin keeps in Redis.</summary>
public sealed record RedisNames(string Prefix)
{
    public RedisChannel InvalidationChannel { get; } = RedisChannel.Literal(Prefix + "cache:invalidate");
}

/// <summary>Redis down is "degraded", not "unhealthy": the API still answers from the database.</summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.IsConnected)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis is not connected; caching is in-process only.");
        }

        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis ping {latency.TotalMilliseconds:0.#} ms");
        }
        catch (RedisException e)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis does not answer.", e);
        }
    }
}
