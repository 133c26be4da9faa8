using System.Net;
using System.Net.Http.Json;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Auth;

/// <summary>With Redis configured, sign-in and registration limits hold across API instances.</summary>
public sealed class SharedRateLimitTests : IAsyncLifetime
{
    private TwoInstances _instances = null!;

    public async ValueTask InitializeAsync() => _instances = await TwoInstances.StartAsync(
        ("Auth:PerIpPermits", "4"), ("Auth:PerAccountPermits", "2"));

    public async ValueTask DisposeAsync() => await _instances.DisposeAsync();

    [Fact]
    public async Task ThePerIpAllowanceIsSharedByBothInstances()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            var app = i % 2 == 0 ? _instances.A : _instances.B;
            var username = VitrinApp.UniqueName("shared");
            var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/register",
                new { username, email = $"{username}@example.com", password = VitrinApp.Password });
            statuses.Add(response.StatusCode);
        }

        // Four in the window in all, not four per instance.
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task FailedSignInsOnEitherInstanceCountAgainstTheSameAccount()
    {
        var login = VitrinApp.UniqueName("target");
        var wrong = new { login, password = "not the password at all" };
        Assert.Equal(HttpStatusCode.Unauthorized, (await _instances.A.Anonymous().PostAsJsonAsync("/api/v1/auth/login", wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _instances.B.Anonymous().PostAsJsonAsync("/api/v1/auth/login", wrong)).StatusCode);

        var third = await _instances.A.Anonymous().PostAsJsonAsync("/api/v1/auth/login", wrong);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
    }

    [Fact]
    public async Task WithRedisDownEachInstanceStillLimitsOnItsOwn()
    {
        await _instances.Redis.KillAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var username = VitrinApp.UniqueName("alone");
            statuses.Add((await _instances.A.Anonymous().PostAsJsonAsync("/api/v1/auth/register",
                new { username, email = $"{username}@example.com", password = VitrinApp.Password })).StatusCode);
        }

        Assert.Equal(4, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
