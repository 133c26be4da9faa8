using System.Net;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Tests.Users;

namespace Vitrin.Api.Tests.Follows;

public sealed class FollowTests(VitrinApp app)
{
    private static Task<HttpResponseMessage> FollowAsync(HttpClient client, string username) =>
        client.PutAsync($"/api/v1/users/{username}/follow", null);

    private static Task<HttpResponseMessage> UnfollowAsync(HttpClient client, string username) =>
        client.DeleteAsync($"/api/v1/users/{username}/follow");

    private async Task<(int Followers, int Following)> StatsAsync(TestUser user)
    {
        var stats = (await app.ProfileAsync(user.Username)).GetProperty("stats");
        return (stats.GetProperty("followers").GetInt32(), stats.GetProperty("following").GetInt32());
    }

    [Fact]
    public async Task FollowingShowsInBothListsAndCounts()
    {
        var maker = await app.RegisterAsync("maker");
        var fan = await app.RegisterAsync("fan");

        var response = await FollowAsync(fan.Client, maker.Username.ToUpperInvariant());

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var followers = await (await app.Anonymous().GetAsync($"/api/v1/users/{maker.Username}/followers")).ReadJsonAsync();
        var following = await (await app.Anonymous().GetAsync($"/api/v1/users/{fan.Username}/following")).ReadJsonAsync();
        Assert.Equal(fan.Id, Assert.Single(followers.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt64());
        Assert.Equal(maker.Id, Assert.Single(following.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt64());
        Assert.Equal((1, 0), await StatsAsync(maker));
        Assert.Equal((0, 1), await StatsAsync(fan));
    }

    [Fact]
    public async Task FollowAndUnfollowAreIdempotent()
    {
        var maker = await app.RegisterAsync("maker");
        var fan = await app.RegisterAsync("fan");

        Assert.Equal(HttpStatusCode.NoContent, (await FollowAsync(fan.Client, maker.Username)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await FollowAsync(fan.Client, maker.Username)).StatusCode);
        Assert.Equal(1, await app.FollowRowsAsync(fan.Id, maker.Id));

        Assert.Equal(HttpStatusCode.NoContent, (await UnfollowAsync(fan.Client, maker.Username)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await UnfollowAsync(fan.Client, maker.Username)).StatusCode);
        Assert.Equal(0, await app.FollowRowsAsync(fan.Id, maker.Id));
        Assert.Equal((0, 0), await StatsAsync(maker));
        Assert.Empty((await (await app.Anonymous().GetAsync($"/api/v1/users/{maker.Username}/followers")).ReadJsonAsync())
            .GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task FollowingYourselfIsBadRequest()
    {
        var user = await app.RegisterAsync("narcissus");

        await (await FollowAsync(user.Client, user.Username)).ReadProblemAsync(400);
        await (await FollowAsync(user.Client, user.Username.ToUpperInvariant())).ReadProblemAsync(400);

        Assert.Equal(0, await app.FollowRowsAsync(user.Id));
    }

    [Fact]
    public async Task FollowingAnUnknownUserIsNotFound()
    {
        var fan = await app.RegisterAsync("fan");

        await (await FollowAsync(fan.Client, "nobody_by_this_name")).ReadProblemAsync(404);
        await (await UnfollowAsync(fan.Client, "nobody_by_this_name")).ReadProblemAsync(404);
        await (await FollowAsync(fan.Client, "bad%20name")).ReadProblemAsync(404);
    }

    [Fact]
    public async Task AFollowOfABannedAccountCanStillBeUndone()
    {
        var maker = await app.RegisterAsync("maker");
        var fan = await app.RegisterAsync("fan");
        await FollowAsync(fan.Client, maker.Username);
        await app.BanAsync(maker);

        await (await FollowAsync(fan.Client, maker.Username)).ReadProblemAsync(404);
        Assert.Equal(HttpStatusCode.NoContent, (await UnfollowAsync(fan.Client, maker.Username)).StatusCode);

        Assert.Equal(0, await app.FollowRowsAsync(fan.Id, maker.Id));
    }

    [Fact]
    public async Task AnonymousCannotFollowOrUnfollow()
    {
        var maker = await app.RegisterAsync("maker");

        Assert.Equal(HttpStatusCode.Unauthorized, (await FollowAsync(app.Anonymous(), maker.Username)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await UnfollowAsync(app.Anonymous(), maker.Username)).StatusCode);
        Assert.Equal(0, await app.FollowRowsAsync(followeeId: maker.Id));
    }

    [Fact]
    public async Task UnfollowingRemovesOnlyTheCallersFollow()
    {
        var maker = await app.RegisterAsync("maker");
        var fan1 = await app.RegisterAsync("fan");
        var fan2 = await app.RegisterAsync("fan");
        await FollowAsync(fan1.Client, maker.Username);
        await FollowAsync(fan2.Client, maker.Username);

        Assert.Equal(HttpStatusCode.NoContent, (await UnfollowAsync(fan1.Client, maker.Username)).StatusCode);

        Assert.Equal(0, await app.FollowRowsAsync(fan1.Id, maker.Id));
        Assert.Equal(1, await app.FollowRowsAsync(fan2.Id, maker.Id));
        Assert.Equal((1, 0), await StatsAsync(maker));
    }

    [Fact]
    public async Task TwentyConcurrentFollowsByOneUserLeaveOneRow()
    {
        var maker = await app.RegisterAsync("maker");
        var fan = await app.RegisterAsync("fan");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => FollowAsync(fan.Client, maker.Username)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        Assert.Equal(1, await app.FollowRowsAsync(fan.Id, maker.Id));
        Assert.Equal((1, 0), await StatsAsync(maker));
    }

    [Fact]
    public async Task ConcurrentFollowsAndUnfollowsKeepCountsEqualToRows()
    {
        var maker = await app.RegisterAsync("maker");
        var fans = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.RegisterAsync("fan")));

        var responses = await Task.WhenAll(fans.SelectMany(f => new[]
        {
            FollowAsync(f.Client, maker.Username),
            FollowAsync(f.Client, maker.Username),
            FollowAsync(maker.Client, f.Username),
        }));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        var unfollows = await Task.WhenAll(fans.Take(3).Select(f => UnfollowAsync(f.Client, maker.Username)));
        Assert.All(unfollows, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));

        var (followers, following) = await StatsAsync(maker);
        Assert.Equal(await app.FollowRowsAsync(followeeId: maker.Id), followers);
        Assert.Equal(await app.FollowRowsAsync(followerId: maker.Id), following);
        Assert.Equal((5, 8), (followers, following));
        foreach (var fan in fans)
        {
            Assert.Equal((1, await app.FollowRowsAsync(followerId: fan.Id)), await StatsAsync(fan));
        }
    }
}
