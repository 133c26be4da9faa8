using System.Net;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Tests.Users;

namespace Vitrin.Api.Tests.Follows;

public sealed class FeedTests(VitrinApp app)
{
    [Fact]
    public async Task FeedHoldsProductsOfFollowedMakersAndCategoriesNewestFirst()
    {
        var reader = await app.RegisterAsync("reader");
        var followedMaker = await app.RegisterAsync("followed");
        var otherMaker = await app.RegisterAsync("other");
        var category = await app.CreateCategoryAsync();
        await app.FollowAsync(reader, followedMaker, SocialData.At(1000));
        await app.FollowCategoryAsync(reader, category);

        var byMaker = (await followedMaker.CreateAsync("published", category: "developer-tools")).Id();
        var inCategory = (await otherMaker.CreateAsync("published", category: category)).Id();
        var both = (await followedMaker.CreateAsync("published", category: category)).Id();
        await followedMaker.CreateAsync("draft");
        await otherMaker.CreateAsync("draft", category: category);
        await otherMaker.CreateAsync("published", category: "developer-tools");
        var hidden = (await followedMaker.CreateAsync("published")).Id();
        await app.SetProductAsync(hidden, hidden: true);
        await app.SetProductAsync(byMaker, publishedAt: SocialData.At(10));
        await app.SetProductAsync(inCategory, publishedAt: SocialData.At(30));
        await app.SetProductAsync(both, publishedAt: SocialData.At(20));

        var feed = await (await reader.Client.GetAsync("/api/v1/feed")).ReadJsonAsync();

        Assert.Equal([byMaker, both, inCategory], feed.Ids());
        Assert.All(feed.GetProperty("items").EnumerateArray(), p => Assert.Equal("published", p.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task UnfollowingAMakerTakesTheirProductsOutOfTheFeed()
    {
        var reader = await app.RegisterAsync("reader");
        var maker = await app.RegisterAsync("maker");
        await reader.Client.PutAsync($"/api/v1/users/{maker.Username}/follow", null);
        var product = (await maker.CreateAsync()).Id();
        Assert.Equal([product], (await (await reader.Client.GetAsync("/api/v1/feed")).ReadJsonAsync()).Ids());

        await reader.Client.DeleteAsync($"/api/v1/users/{maker.Username}/follow");

        Assert.Empty((await (await reader.Client.GetAsync("/api/v1/feed")).ReadJsonAsync()).Ids());
    }

    [Fact]
    public async Task FeedPagesWalkEveryProductOnce()
    {
        var reader = await app.RegisterAsync("reader");
        var maker = await app.RegisterAsync("maker");
        var category = await app.CreateCategoryAsync();
        await app.FollowAsync(reader, maker, SocialData.At(1000));
        await app.FollowCategoryAsync(reader, category);
        var ids = new List<long>();
        for (var i = 0; i < 7; i++)
        {
            var author = i % 2 == 0 ? maker : reader;
            ids.Add((await author.CreateAsync("published", category: i % 2 == 0 ? "developer-tools" : category)).Id());
        }

        var walked = await reader.Client.WalkAsync("/api/v1/feed", 3, p => p.GetProperty("id").ToString());

        Assert.Equal(Enumerable.Reverse(ids), walked.Select(p => p.GetProperty("id").GetInt64()));
        var first = await (await reader.Client.GetAsync("/api/v1/feed?limit=3")).ReadJsonAsync();
        await (await reader.Client.GetAsync($"/api/v1/feed?cursor={SocialData.Tampered(first.GetProperty("nextCursor").GetString()!)}"))
            .AssertValidationErrorAsync("cursor");
    }

    [Fact]
    public async Task SomeoneWhoFollowsNothingHasAnEmptyFeed()
    {
        var reader = await app.RegisterAsync("lonely");

        Assert.Empty((await (await reader.Client.GetAsync("/api/v1/feed")).ReadJsonAsync()).Ids());
    }

    [Fact]
    public async Task AnonymousHasNoFeed()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/feed");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
