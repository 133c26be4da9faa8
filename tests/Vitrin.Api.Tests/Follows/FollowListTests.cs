using System.Text.Json;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Tests.Users;

namespace Vitrin.Api.Tests.Follows;

public sealed class FollowListTests(VitrinApp app)
{
    [Fact]
    public async Task FollowerItemsAreUserSummariesWithFollowedAt()
    {
        var maker = await app.RegisterAsync("maker");
        var fan = await app.RegisterAsync("fan");
        var at = SocialData.At(30);
        await app.FollowAsync(fan, maker, at);

        var page = await (await app.Anonymous().GetAsync($"/api/v1/users/{maker.Username}/followers")).ReadJsonAsync();

        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(["id", "username", "displayName", "avatarUrl", "followedAt"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal(fan.Username, item.Username());
        Assert.Equal(at, item.GetProperty("followedAt").GetDateTime().ToUniversalTime());
        Assert.EndsWith("Z", item.GetProperty("followedAt").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("followers")]
    [InlineData("following")]
    public async Task PagesWalkEveryFollowNewestFirstWithoutGapsOrRepeats(string list)
    {
        var center = await app.RegisterAsync("center");
        var others = new List<TestUser>();
        var t0 = SocialData.At(0);
        for (var i = 0; i < 7; i++)
        {
            var other = await app.RegisterAsync("other");
            others.Add(other);
            // Three share one instant, so the user id breaks the tie.
            var at = i < 3 ? t0.AddSeconds(-100) : t0.AddSeconds(-i);
            await (list == "followers" ? app.FollowAsync(other, center, at) : app.FollowAsync(center, other, at));
        }

        var walked = await app.Anonymous().WalkAsync($"/api/v1/users/{center.Username}/{list}", 3, u => u.Username());

        var expected = others.Skip(3).Concat(others.Take(3).OrderByDescending(o => o.Id)).Select(o => o.Username);
        Assert.Equal(expected, walked.Select(u => u.Username()));
    }

    [Theory]
    [InlineData("followers")]
    [InlineData("following")]
    public async Task BannedAndErasedAccountsAreLeftOut(string list)
    {
        var center = await app.RegisterAsync("center");
        var kept = await app.RegisterAsync("kept");
        var banned = await app.RegisterAsync("banned");
        var erased = await app.RegisterAsync("erased");
        foreach (var other in new[] { kept, banned, erased })
        {
            await (list == "followers" ? app.FollowAsync(other, center, SocialData.At(5)) : app.FollowAsync(center, other, SocialData.At(5)));
        }

        await app.BanAsync(banned);
        await app.EraseAsync(erased);

        var page = await (await app.Anonymous().GetAsync($"/api/v1/users/{center.Username}/{list}")).ReadJsonAsync();

        Assert.Equal(kept.Username, Assert.Single(page.GetProperty("items").EnumerateArray()).Username());
        var profile = await (await app.Anonymous().GetAsync($"/api/v1/users/{center.Username}")).ReadJsonAsync();
        Assert.Equal(1, profile.GetProperty("stats").GetProperty(list).GetInt32());
    }

    [Fact]
    public async Task TamperedFollowersCursorIsRefused()
    {
        var center = await app.RegisterAsync("center");
        for (var i = 0; i < 2; i++)
        {
            await app.FollowAsync(await app.RegisterAsync("fan"), center, SocialData.At(i));
        }

        var first = await (await app.Anonymous().GetAsync($"/api/v1/users/{center.Username}/followers?limit=1")).ReadJsonAsync();
        var cursor = first.GetProperty("nextCursor").GetString()!;

        await (await app.Anonymous().GetAsync($"/api/v1/users/{center.Username}/followers?limit=1&cursor={SocialData.Tampered(cursor)}"))
            .AssertValidationErrorAsync("cursor");
        var second = await (await app.Anonymous().GetAsync($"/api/v1/users/{center.Username}/followers?limit=1&cursor={cursor}")).ReadJsonAsync();
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }
}
