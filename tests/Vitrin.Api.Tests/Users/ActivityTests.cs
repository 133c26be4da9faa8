using System.Text.Json;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Users;

public sealed class ActivityTests(VitrinApp app)
{
    private static string Type(JsonElement item) => item.GetProperty("type").GetString()!;

    private static string Key(JsonElement item) => Type(item) + ":" + (Type(item) switch
    {
        "commented" => item.GetProperty("comment").GetProperty("id").ToString(),
        "followed" => item.GetProperty("user").GetProperty("id").ToString(),
        _ => item.GetProperty("product").GetProperty("id").ToString(),
    });

    [Fact]
    public async Task ActivityMergesLaunchesUpvotesCommentsAndFollowsNewestFirst()
    {
        var user = await app.RegisterAsync("active");
        var maker = await app.RegisterAsync("maker");
        var t0 = SocialData.At(0);
        var launched = (await user.CreateAsync()).Id();
        await app.SetProductAsync(launched, publishedAt: t0.AddSeconds(-40));
        var other = (await maker.CreateAsync()).Id();
        await app.SetProductAsync(other, publishedAt: t0.AddSeconds(-500));
        await app.UpvoteAsync(user, other, t0.AddSeconds(-30));
        var comment = await app.CommentAsync(user, other, "Looks **great**,\n\nwell done!", t0.AddSeconds(-20));
        await app.FollowAsync(user, maker, t0.AddSeconds(-10));

        var page = await (await app.Anonymous().GetAsync($"/api/v1/users/{user.Username}/activity")).ReadJsonAsync();

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["followed", "commented", "upvoted", "launched"], items.Select(Type));
        Assert.Equal(maker.Id, items[0].GetProperty("user").GetProperty("id").GetInt64());
        Assert.Equal(maker.Username, items[0].GetProperty("user").Username());
        Assert.Equal(JsonValueKind.Null, items[0].GetProperty("product").ValueKind);
        Assert.Equal(comment, items[1].GetProperty("comment").GetProperty("id").GetInt64());
        Assert.Equal("Looks **great**, well done!", items[1].GetProperty("comment").GetProperty("excerpt").GetString());
        Assert.Equal(other, items[1].GetProperty("product").GetProperty("id").GetInt64());
        Assert.Equal(other, items[2].GetProperty("product").GetProperty("id").GetInt64());
        Assert.Equal(JsonValueKind.Null, items[2].GetProperty("comment").ValueKind);
        Assert.Equal(launched, items[3].GetProperty("product").GetProperty("id").GetInt64());
        Assert.Equal(t0.AddSeconds(-20), items[1].GetProperty("createdAt").GetDateTime().ToUniversalTime());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task LongCommentsAreCutTo140Characters()
    {
        var user = await app.RegisterAsync("talker");
        var product = (await (await app.RegisterAsync("maker")).CreateAsync()).Id();
        await app.CommentAsync(user, product, new string('w', 3000), SocialData.At(1));

        var page = await (await app.Anonymous().GetAsync($"/api/v1/users/{user.Username}/activity")).ReadJsonAsync();

        var excerpt = page.GetProperty("items")[0].GetProperty("comment").GetProperty("excerpt").GetString()!;
        Assert.True(excerpt.Length <= 140, $"{excerpt.Length} characters");
        Assert.StartsWith(new string('w', 100), excerpt, StringComparison.Ordinal);
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActivityLeavesOutWhatOthersMayNotSee()
    {
        var user = await app.RegisterAsync("private");
        var maker = await app.RegisterAsync("maker");
        var visible = (await maker.CreateAsync()).Id();
        var hidden = (await maker.CreateAsync()).Id();
        await user.CreateAsync("draft");
        var hiddenOwn = (await user.CreateAsync()).Id();
        await app.SetProductAsync(hidden, hidden: true);
        await app.SetProductAsync(hiddenOwn, hidden: true);
        await app.UpvoteAsync(user, hidden, SocialData.At(5));
        await app.CommentAsync(user, hidden, "on a hidden product", SocialData.At(5));
        await app.CommentAsync(user, visible, "deleted", SocialData.At(5), deleted: true);
        await app.CommentAsync(user, visible, "hidden by a moderator", SocialData.At(5), hidden: true);
        var kept = await app.CommentAsync(user, visible, "kept", SocialData.At(6));
        var banned = await app.RegisterAsync("banned");
        await app.FollowAsync(user, banned, SocialData.At(5));
        await app.BanAsync(banned);

        var page = await (await user.Client.GetAsync($"/api/v1/users/{user.Username}/activity")).ReadJsonAsync();

        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(kept, item.GetProperty("comment").GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task ActivityPagesWalkEveryItemOnceAcrossKindsAndEqualTimes()
    {
        var user = await app.RegisterAsync("busy");
        var maker = await app.RegisterAsync("maker");
        var t0 = SocialData.At(0);
        var same = t0.AddSeconds(-60);
        for (var i = 0; i < 3; i++)
        {
            var own = (await user.CreateAsync()).Id();
            await app.SetProductAsync(own, publishedAt: i == 0 ? same : t0.AddSeconds(-10 * i));
            var theirs = (await maker.CreateAsync()).Id();
            await app.UpvoteAsync(user, theirs, i == 0 ? same : t0.AddSeconds(-11 * i));
            await app.CommentAsync(user, theirs, $"comment {i}", same);
            await app.FollowAsync(user, await app.RegisterAsync("idol"), i == 2 ? same : t0.AddSeconds(-12 * i - 1));
        }

        var all = (await (await app.Anonymous().GetAsync($"/api/v1/users/{user.Username}/activity?limit=100")).ReadJsonAsync())
            .GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(12, all.Count);
        var times = all.Select(i => i.GetProperty("createdAt").GetDateTime()).ToList();
        Assert.Equal(times.OrderDescending(), times);

        foreach (var limit in new[] { 1, 2, 5 })
        {
            var walked = await app.Anonymous().WalkAsync($"/api/v1/users/{user.Username}/activity", limit, Key);
            Assert.Equal(all.Select(Key), walked.Select(Key));
        }
    }

    [Fact]
    public async Task TamperedActivityCursorIsRefused()
    {
        var user = await app.RegisterAsync("cursor");
        var maker = await app.RegisterAsync("maker");
        await app.FollowAsync(user, maker, SocialData.At(2));
        await user.CreateAsync();

        var first = await (await app.Anonymous().GetAsync($"/api/v1/users/{user.Username}/activity?limit=1")).ReadJsonAsync();
        var tampered = SocialData.Tampered(first.GetProperty("nextCursor").GetString()!);

        await (await app.Anonymous().GetAsync($"/api/v1/users/{user.Username}/activity?limit=1&cursor={tampered}"))
            .AssertValidationErrorAsync("cursor");
    }
}
