using System.Net;
using System.Net.Http.Json;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Auth;

public sealed class RateLimitTests
{
    private static async Task<VitrinApp> StartAsync(params (string, string?)[] settings)
    {
        var app = new VitrinApp().WithSettings(settings);
        await app.InitializeAsync();
        return app;
    }

    [Fact]
    public async Task LoginIsLimitedPerAccountWith429AndRetryAfter()
    {
        await using var app = await StartAsync(("Auth:PerAccountPermits", "3"));
        var user = await app.RegisterAsync("target");
        var client = app.Anonymous();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await client.PostAsJsonAsync("/api/v1/auth/login", new { login = user.Username, password = "guess number " + i });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        await last.ReadProblemAsync(429);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task SuccessfulSignInsDoNotUseUpTheAllowance()
    {
        await using var app = await StartAsync(("Auth:PerAccountPermits", "2"));
        var user = await app.RegisterAsync("regular");

        for (var i = 0; i < 4; i++)
        {
            var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = user.Username, password = VitrinApp.Password });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task PerAccountLimitDoesNotRevealWhetherTheAccountExists()
    {
        await using var app = await StartAsync(("Auth:PerAccountPermits", "2"));
        var client = app.Anonymous();
        var ghost = VitrinApp.UniqueName("ghost");

        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            last = await client.PostAsJsonAsync("/api/v1/auth/login", new { login = ghost, password = "guess number " + i });
        }

        await last.ReadProblemAsync(429);
    }

    [Fact]
    public async Task RegisterAndLoginAreLimitedPerIp()
    {
        await using var app = await StartAsync(("Auth:PerIpPermits", "3"));
        var client = app.Anonymous();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var name = VitrinApp.UniqueName("flood");
            var response = await client.PostAsJsonAsync("/api/v1/auth/register",
                new { username = name, email = $"{name}@example.com", password = VitrinApp.Password });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await response.ReadProblemAsync(429);
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.Created));
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { login = "anyone", password = "whatever123" });
        Assert.Equal(HttpStatusCode.TooManyRequests, login.StatusCode);
    }
}
