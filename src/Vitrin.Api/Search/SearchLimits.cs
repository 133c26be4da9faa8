using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Vitrin.Api.Search;

/// <summary>
/// How many searches run at once per instance (<c>Search:MaxConcurrent</c>, default two per core);
/// the rest wait their turn, oldest first, up to <c>Search:QueueLimit</c> (default 256), beyond which
/// a search is answered 429 with <c>Retry-After: 1</c>. A search is the costliest read (a few
/// milliseconds of database CPU), so a burst of them would otherwise take every core from lists and
/// writes; and a queue in arrival order serves each search in about the same time, where dozens of
/// searches sharing the CPUs at once finish in a scattered order (measured: p99 at 16 connections,
/// README, Benchmarks).
/// </summary>
public static class SearchLimits
{
    public const string Policy = "search";

    public static void AddSearchLimits(this IServiceCollection services, IConfiguration config)
    {
        var permits = config.GetValue("Search:MaxConcurrent", 2 * Environment.ProcessorCount);
        var queue = config.GetValue("Search:QueueLimit", 256);
        if (permits < 1 || queue < 0)
        {
            throw new InvalidOperationException("Search:MaxConcurrent must be at least 1 and Search:QueueLimit at least 0.");
        }

        services.Configure<RateLimiterOptions>(o => o.AddConcurrencyLimiter(Policy, l =>
        {
            l.PermitLimit = permits;
            l.QueueLimit = queue;
            l.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
        }));
    }
}
