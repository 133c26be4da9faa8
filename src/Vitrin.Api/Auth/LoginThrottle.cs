using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Vitrin.Api.Auth;

/// <summary>
/// Per-account login limit, keyed by the normalized login name whether or not the account
/// exists (so the limit does not reveal which accounts exist). Per-IP limits are the "auth" policy.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public LoginThrottle(IOptions<AuthOptions> options)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ =>
            new SlidingWindowRateLimiterOptions
            {
                PermitLimit = o.PerAccountPermits,
                Window = TimeSpan.FromSeconds(o.PerAccountWindowSeconds),
                SegmentsPerWindow = 5,
                QueueLimit = 0,
            }));
    }

    /// <summary>Null when the attempt may go ahead; otherwise how long to wait.</summary>
    public TimeSpan? TryAcquire(string login)
    {
        using var lease = _limiter.AttemptAcquire(login.Trim().ToUpperInvariant());
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}
