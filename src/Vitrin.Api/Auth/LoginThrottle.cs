using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Vitrin.Api.Auth;

/// <summary>
/// Per-account login limit, keyed by the normalized login name whether or not the account
/// exists (so the limit does not reveal which accounts exist). Per-IP limits are the "auth" policy.
/// With Redis the failures are counted there (a fixed window, shared by every instance); without it,
/// or while Redis is unreachable, in a sliding window in process.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly SharedRateLimits _shared;
    private readonly int _permits;
    private readonly TimeSpan _window;
    private readonly int _retrySeconds;

    public LoginThrottle(IOptions<AuthOptions> options, SharedRateLimits shared)
    {
        var o = options.Value;
        _shared = shared;
        _permits = o.PerAccountPermits;
        _window = TimeSpan.FromSeconds(o.PerAccountWindowSeconds);
        _retrySeconds = Math.Max(1, o.PerAccountWindowSeconds / 5);
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ =>
            new SlidingWindowRateLimiterOptions
            {
                PermitLimit = o.PerAccountPermits,
                Window = _window,
                SegmentsPerWindow = 5,
                QueueLimit = 0,
            }));
    }

    /// <summary>
    /// Null when an attempt may go ahead; otherwise how long to wait. Only failures use up the
    /// allowance (<see cref="RecordFailureAsync"/>), so signing in successfully never locks anyone out.
    /// </summary>
    public async Task<TimeSpan?> CheckAsync(string login)
    {
        if (_shared.UsesRedis && await _shared.PeekAsync(SharedKey(login)) is { } counted)
        {
            return counted.Count < _permits ? null : counted.Left > TimeSpan.Zero ? counted.Left : _window;
        }

        var statistics = _limiter.GetStatistics(Key(login));
        return statistics is null || statistics.CurrentAvailablePermits > 0 ? null : TimeSpan.FromSeconds(_retrySeconds);
    }

    public async Task RecordFailureAsync(string login)
    {
        if (_shared.UsesRedis && await _shared.CountAsync(SharedKey(login), 1, _window) is not null)
        {
            return;
        }

        using var lease = _limiter.AttemptAcquire(Key(login));
    }

    private static string Key(string login) => login.Trim().ToUpperInvariant();

    private string SharedKey(string login) => _shared.Key("login:" + Key(login));

    public void Dispose() => _limiter.Dispose();
}
