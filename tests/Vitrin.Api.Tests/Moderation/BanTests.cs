using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Tests.Users;

namespace Vitrin.Api.Tests.Moderation;

public sealed class BanTests(VitrinApp app)
{
    private static Task<HttpResponseMessage> BanAsync(HttpClient client, string username, string? reason = null) =>
        client.PutAsJsonAsync($"/api/v1/admin/users/{username}/ban", new { reason });

    private static Task<HttpResponseMessage> UnbanAsync(HttpClient client, string username) =>
        client.DeleteAsync($"/api/v1/admin/users/{username}/ban");

    private Task<HttpResponseMessage> LoginAsync(TestUser user) =>
        app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = user.Username, password = VitrinApp.Password });

    [Fact]
    public async Task ABannedUsersTokensStopAtOnceAndTheyCannotSignIn()
    {
        var user = await app.RegisterAsync("bantarget");
        var moderator = await app.RegisterWithRolesAsync("banmod", "moderator");
        await (await user.Client.GetAsync("/api/v1/auth/me")).ReadJsonAsync();

        await BanAsync(moderator.Client, user.Username, "Spamming launches").AssertStatusAsync(HttpStatusCode.NoContent);

        await (await user.Client.GetAsync("/api/v1/auth/me")).ReadProblemAsync(401);
        await (await user.Client.PostAsync("/api/v1/auth/refresh", null)).ReadProblemAsync(401);
        await (await LoginAsync(user)).ReadProblemAsync(403);
        await (await app.Anonymous().GetAsync($"/api/v1/users/{user.Username}")).ReadProblemAsync(404);
        Assert.Equal(0, await app.WithDbAsync(db => db.RefreshTokens.CountAsync(t => t.UserId == user.Id && t.RevokedAt == null)));
        var entry = Assert.Single(await app.LogEntriesAsync("user", user.Id));
        Assert.Equal(("ban", "Spamming launches"), (entry.Str("action"), entry.Str("reason")));
        Assert.Equal(moderator.Username, entry.GetProperty("moderator").Username());
    }

    [Fact]
    public async Task AfterAnUnbanTheUserCanSignInAgain()
    {
        var user = await app.RegisterAsync("bantarget");
        var moderator = await app.RegisterWithRolesAsync("banmod", "moderator");
        await BanAsync(moderator.Client, user.Username).AssertStatusAsync(HttpStatusCode.NoContent);

        await UnbanAsync(moderator.Client, user.Username).AssertStatusAsync(HttpStatusCode.NoContent);

        var login = await (await LoginAsync(user)).ReadJsonAsync();
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", login.GetProperty("accessToken").GetString());
        await (await client.GetAsync("/api/v1/auth/me")).ReadJsonAsync();
        await (await app.Anonymous().GetAsync($"/api/v1/users/{user.Username}")).ReadJsonAsync();
        Assert.Equal(["unban", "ban"], (await app.LogEntriesAsync("user", user.Id)).Select(e => e.Str("action")));
    }

    [Fact]
    public async Task BanningAndUnbanningAreIdempotentAndLoggedOnce()
    {
        var user = await app.RegisterAsync("bantarget");
        var moderator = await app.RegisterWithRolesAsync("banmod", "moderator");

        await BanAsync(moderator.Client, user.Username).AssertStatusAsync(HttpStatusCode.NoContent);
        var bannedAt = await BannedAtAsync(user);
        await BanAsync(moderator.Client, user.Username).AssertStatusAsync(HttpStatusCode.NoContent);
        Assert.Equal(bannedAt, await BannedAtAsync(user));
        await UnbanAsync(moderator.Client, user.Username).AssertStatusAsync(HttpStatusCode.NoContent);
        await UnbanAsync(moderator.Client, user.Username).AssertStatusAsync(HttpStatusCode.NoContent);

        Assert.Null(await BannedAtAsync(user));
        Assert.Equal(["unban", "ban"], (await app.LogEntriesAsync("user", user.Id)).Select(e => e.Str("action")));
    }

    [Fact]
    public async Task TheBanBodyIsOptional()
    {
        var user = await app.RegisterAsync("bantarget");
        var moderator = await app.RegisterWithRolesAsync("banmod", "moderator");

        await moderator.Client.PutAsync($"/api/v1/admin/users/{user.Username}/ban", null).AssertStatusAsync(HttpStatusCode.NoContent);

        Assert.NotNull(await BannedAtAsync(user));
        Assert.Null(Assert.Single(await app.LogEntriesAsync("user", user.Id)).Str("reason"));
    }

    [Fact]
    public async Task ModeratorsBanUsersButOnlyAdminsBanStaffAndNobodyBansThemselves()
    {
        var user = await app.RegisterAsync("bantarget");
        var otherUser = await app.RegisterAsync("bantarget");
        var moderator = await app.RegisterWithRolesAsync("banmod", "moderator");
        var otherModerator = await app.RegisterWithRolesAsync("banmod", "moderator");
        var admin = await app.RegisterWithRolesAsync("banadmin", "admin");
        var otherAdmin = await app.RegisterWithRolesAsync("banadmin", "admin");

        await BanAsync(app.Anonymous(), user.Username).AssertStatusAsync(HttpStatusCode.Unauthorized);
        await BanAsync(otherUser.Client, user.Username).AssertStatusAsync(HttpStatusCode.Forbidden);
        await BanAsync(moderator.Client, otherModerator.Username).AssertStatusAsync(HttpStatusCode.Forbidden);
        await BanAsync(moderator.Client, admin.Username).AssertStatusAsync(HttpStatusCode.Forbidden);
        await BanAsync(moderator.Client, moderator.Username).AssertStatusAsync(HttpStatusCode.BadRequest);
        await BanAsync(admin.Client, admin.Username).AssertStatusAsync(HttpStatusCode.BadRequest);
        Assert.Null(await BannedAtAsync(user));
        Assert.Null(await BannedAtAsync(otherModerator));
        Assert.Null(await BannedAtAsync(admin));

        await BanAsync(moderator.Client, user.Username).AssertStatusAsync(HttpStatusCode.NoContent);
        await BanAsync(admin.Client, otherModerator.Username).AssertStatusAsync(HttpStatusCode.NoContent);
        await BanAsync(admin.Client, otherAdmin.Username).AssertStatusAsync(HttpStatusCode.NoContent);
        await UnbanAsync(moderator.Client, otherModerator.Username).AssertStatusAsync(HttpStatusCode.Forbidden);
        await UnbanAsync(otherUser.Client, user.Username).AssertStatusAsync(HttpStatusCode.Forbidden);
        await UnbanAsync(app.Anonymous(), user.Username).AssertStatusAsync(HttpStatusCode.Unauthorized);
        await UnbanAsync(admin.Client, otherModerator.Username).AssertStatusAsync(HttpStatusCode.NoContent);
        Assert.NotNull(await BannedAtAsync(user));
        Assert.Null(await BannedAtAsync(otherModerator));
        Assert.NotNull(await BannedAtAsync(otherAdmin));
    }

    [Fact]
    public async Task BanningAnUnknownOrErasedAccountIsNotFound()
    {
        var erased = await app.RegisterAsync("banerased");
        var moderator = await app.RegisterWithRolesAsync("banmod", "moderator");
        await app.EraseAsync(erased);

        await BanAsync(moderator.Client, "no_such_user_here").AssertStatusAsync(HttpStatusCode.NotFound);
        await BanAsync(moderator.Client, erased.Username).AssertStatusAsync(HttpStatusCode.NotFound);
        await UnbanAsync(moderator.Client, "no_such_user_here").AssertStatusAsync(HttpStatusCode.NotFound);
        await BanAsync(moderator.Client, "bad name!").AssertStatusAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"reason":5}""", "reason")]
    [InlineData("""{"reason":"ok","role":"admin"}""", "role")]
    [InlineData("""{"reason":"nul\u0000"}""", "reason")]
    public async Task InvalidBanBodiesAreValidationProblems(string body, string field)
    {
        var user = await app.RegisterAsync("bantarget");
        var moderator = await app.RegisterWithRolesAsync("banmod", "moderator");

        await (await moderator.Client.PutAsync($"/api/v1/admin/users/{user.Username}/ban", ModerationData.Json(body))).AssertValidationErrorAsync(field);

        Assert.Null(await BannedAtAsync(user));
    }

    [Fact]
    public async Task AnOverlongBanReasonIsAValidationProblem()
    {
        var user = await app.RegisterAsync("bantarget");
        var moderator = await app.RegisterWithRolesAsync("banmod", "moderator");

        await (await BanAsync(moderator.Client, user.Username, new string('r', 1001))).AssertValidationErrorAsync("reason");

        Assert.Null(await BannedAtAsync(user));
    }

    private Task<DateTime?> BannedAtAsync(TestUser user) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.BannedAt).SingleAsync());
}
