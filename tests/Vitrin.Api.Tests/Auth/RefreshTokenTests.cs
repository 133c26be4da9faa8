using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Auth;

public sealed class RefreshTokenTests(VitrinApp app)
{
    private async Task<(string Username, string RefreshToken)> SignUpWithBodyTokensAsync()
    {
        var name = VitrinApp.UniqueName("rt");
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/register",
            new { username = name, email = $"{name}@example.com", password = VitrinApp.Password, tokenDelivery = "body" });
        return (name, (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("refreshToken").GetString()!);
    }

    private Task<HttpResponseMessage> RefreshAsync(string token) =>
        app.Anonymous().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = token });

    [Fact]
    public async Task RefreshWithBodyTokenRotatesIt()
    {
        var (_, first) = await SignUpWithBodyTokensAsync();

        var body = await (await RefreshAsync(first)).ReadJsonAsync();

        var second = body.GetProperty("refreshToken").GetString();
        Assert.NotEqual(first, second);
        var me = app.Anonymous();
        me.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.OK, (await me.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task RefreshWithCookieRotatesTheCookie()
    {
        var user = await app.RegisterAsync("cookie");

        // The client keeps cookies; an empty POST sends the refresh cookie.
        var first = await user.Client.PostAsync("/api/v1/auth/refresh", null);
        var firstCookie = Assert.Single(first.Headers.GetValues("Set-Cookie"));
        var second = await user.Client.PostAsync("/api/v1/auth/refresh", null);
        var secondCookie = Assert.Single(second.Headers.GetValues("Set-Cookie"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual(firstCookie, secondCookie);
        Assert.False((await second.ReadJsonAsync()).TryGetProperty("refreshToken", out _));
    }

    [Fact]
    public async Task ReusingAUsedTokenRevokesTheWholeFamily()
    {
        var (_, first) = await SignUpWithBodyTokensAsync();
        var second = (await (await RefreshAsync(first)).ReadJsonAsync()).GetProperty("refreshToken").GetString()!;

        var replay = await RefreshAsync(first);
        var afterReplay = await RefreshAsync(second);

        await replay.ReadProblemAsync(401);
        await afterReplay.ReadProblemAsync(401);
    }

    [Fact]
    public async Task ConcurrentRefreshesWithOneTokenLetExactlyOneWin()
    {
        var (_, token) = await SignUpWithBodyTokensAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => RefreshAsync(token)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
    }

    [Fact]
    public async Task LogoutRevokesTheTokenAndClearsTheCookie()
    {
        var (_, token) = await SignUpWithBodyTokensAsync();

        var logout = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = token });

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Contains(logout.Headers.GetValues("Set-Cookie"), c => c.StartsWith("vitrin_refresh=;", StringComparison.Ordinal));
        await (await RefreshAsync(token)).ReadProblemAsync(401);
    }

    [Fact]
    public async Task LogoutWithCookieRevokesThatSession()
    {
        var user = await app.RegisterAsync("cookieout");

        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.PostAsync("/api/v1/auth/logout", null)).StatusCode);

        await (await user.Client.PostAsync("/api/v1/auth/refresh", null)).ReadProblemAsync(401);
    }

    [Fact]
    public async Task ExpiredRefreshTokenIsRefused()
    {
        var (name, token) = await SignUpWithBodyTokensAsync();
        await app.WithDbAsync(db => db.RefreshTokens.Where(t => db.Users.Any(u => u.Id == t.UserId && u.UserName == name))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));

        await (await RefreshAsync(token)).ReadProblemAsync(401);
    }

    [Fact]
    public async Task BannedUserCannotRefresh()
    {
        var (name, token) = await SignUpWithBodyTokensAsync();
        await app.WithDbAsync(db => db.Users.Where(u => u.UserName == name)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.BannedAt, DateTime.UtcNow)));

        await (await RefreshAsync(token)).ReadProblemAsync(401);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    public async Task UnknownTokenIsRefused(string token)
    {
        await (await RefreshAsync(token)).ReadProblemAsync(401);
    }

    [Fact]
    public async Task RefreshTokensAreStoredHashed()
    {
        var (name, token) = await SignUpWithBodyTokensAsync();

        var stored = await app.WithDbAsync(db => db.RefreshTokens
            .Where(t => db.Users.Any(u => u.Id == t.UserId && u.UserName == name)).Select(t => t.TokenHash).ToListAsync());

        Assert.NotEmpty(stored);
        Assert.DoesNotContain(token, stored);
    }
}
