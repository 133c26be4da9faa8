using System.Net;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Users;

public sealed class ProfileTests(VitrinApp app)
{
    [Fact]
    public async Task ProfileIsPublicFoundIgnoringCaseAndNeverShowsEmail()
    {
        var user = await app.RegisterAsync("profile");

        var response = await app.Anonymous().GetAsync($"/api/v1/users/{user.Username.ToUpperInvariant()}");

        var profile = await response.ReadJsonAsync();
        Assert.Equal(user.Id, profile.GetProperty("id").GetInt64());
        Assert.Equal(user.Username, profile.Username());
        Assert.False(profile.GetProperty("viewerFollows").GetBoolean());
        Assert.Equal(0, profile.GetProperty("stats").GetProperty("followers").GetInt32());
        foreach (var field in new[] { "displayName", "bio", "avatarUrl", "website", "location", "company", "jobTitle", "twitter", "github", "linkedin", "createdAt" })
        {
            Assert.True(profile.TryGetProperty(field, out _), $"missing {field}");
        }

        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("email", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("password", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("no_such_user_at_all")]
    [InlineData("me")]
    [InlineData("x%20y")]
    [InlineData("a_very_long_username_that_cannot_exist_anywhere")]
    public async Task UnknownUserIsNotFound(string username) =>
        await app.Anonymous().AssertNotFoundAsync($"/api/v1/users/{username}");

    [Theory]
    [InlineData("banned")]
    [InlineData("erased")]
    public async Task BannedAndErasedUsersAreNotFoundEverywhere(string state)
    {
        var user = await app.RegisterAsync(state);
        var viewer = await app.RegisterAsync("viewer");
        await (state == "banned" ? app.BanAsync(user) : app.EraseAsync(user));

        foreach (var path in new[] { "", "/products", "/upvotes", "/followers", "/following", "/activity" })
        {
            await viewer.Client.AssertNotFoundAsync($"/api/v1/users/{user.Username}{path}");
        }

        await (await viewer.Client.PutAsync($"/api/v1/users/{user.Username}/follow", null)).ReadProblemAsync(404);
    }

    [Fact]
    public async Task ViewerFollowsIsTrueOnlyForAFollower()
    {
        var maker = await app.RegisterAsync("maker");
        var fan = await app.RegisterAsync("fan");
        var stranger = await app.RegisterAsync("stranger");
        Assert.Equal(HttpStatusCode.NoContent, (await fan.Client.PutAsync($"/api/v1/users/{maker.Username}/follow", null)).StatusCode);

        Assert.True((await app.ProfileAsync(maker.Username, fan.Client)).GetProperty("viewerFollows").GetBoolean());
        Assert.False((await app.ProfileAsync(maker.Username, stranger.Client)).GetProperty("viewerFollows").GetBoolean());
        Assert.False((await app.ProfileAsync(maker.Username)).GetProperty("viewerFollows").GetBoolean());
        Assert.False((await app.ProfileAsync(maker.Username, maker.Client)).GetProperty("viewerFollows").GetBoolean());
    }

    [Fact]
    public async Task StatsCountListedProductsFollowsAndUpvotesReceived()
    {
        var maker = await app.RegisterAsync("stats");
        var fan = await app.RegisterAsync("fan");
        var idol = await app.RegisterAsync("idol");
        var first = await maker.CreateAsync("published");
        var second = await maker.CreateAsync("published");
        await maker.CreateAsync("draft");
        var hidden = await maker.CreateAsync("published");
        await app.SetProductAsync(hidden.Id(), hidden: true);
        await app.UpvoteAsync(fan, first.Id(), SocialData.At(10));
        await app.UpvoteAsync(idol, first.Id(), SocialData.At(9));
        await app.UpvoteAsync(fan, second.Id(), SocialData.At(8));
        await app.UpvoteAsync(fan, hidden.Id(), SocialData.At(7));
        await app.FollowAsync(fan, maker, SocialData.At(5));
        await app.FollowAsync(maker, idol, SocialData.At(5));

        var stats = (await app.ProfileAsync(maker.Username)).GetProperty("stats");

        Assert.Equal(2, stats.GetProperty("products").GetInt32());
        Assert.Equal(1, stats.GetProperty("followers").GetInt32());
        Assert.Equal(1, stats.GetProperty("following").GetInt32());
        Assert.Equal(3, stats.GetProperty("upvotesReceived").GetInt32());
    }
}
