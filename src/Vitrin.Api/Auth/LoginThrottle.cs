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

    private readonly int _retrySeconds;

    public LoginThrottle(IOptions<AuthOptions> options)
    {
        var o = options.Value;
        _retrySeconds = Math.Max(1, o.PerAccountWindowSeconds / 5);
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ =>
            new SlidingWindowRateLimiterOptions
            {
                PermitLimit = o.PerAccountPermits,
                Window = TimeSpan.FromSeconds(o.PerAccountWindowSeconds),
                SegmentsPerWindow = 5,
                QueueLimit = 0,
            }));
    }

    /// <summary>
    /// Null when an attempt may go ahead; otherwise how long to wait. Only failures use up the
    /// allowance (<see cref="RecordFailure"/>), so signing in successfully never locks anyone out.
    /// </summary>
    public TimeSpan? Check(string login)
    {
        var statistics = _limiter.GetStatistics(Key(login));
        return statistics is null || statistics.CurrentAvailablePermits > 0 ? null : TimeSpan.FromSeconds(_retrySeconds);
    }

    public void RecordFailure(string login)
    {
        using var lease = _limiter.AttemptAcquire(Key(login));
    }

    private static string Key(string login) => login.Trim().ToUpperInvariant();

    public void Dispose() => _limiter.Dispose();
}
