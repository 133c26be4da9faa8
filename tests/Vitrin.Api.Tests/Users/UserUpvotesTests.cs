using System.Net.Http.Json;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Users;

public sealed class UserUpvotesTests(VitrinApp app)
{
    [Fact]
    public async Task UpvotesListListedProductsMostRecentUpvoteFirst()
    {
        var maker = await app.RegisterAsync("maker");
        var voter = await app.RegisterAsync("voter");
        var old = (await maker.CreateAsync()).Id();
        var recent = (await maker.CreateAsync()).Id();
        var middle = (await maker.CreateAsync()).Id();
        var hidden = (await maker.CreateAsync()).Id();
        var archived = (await maker.CreateAsync()).Id();
        await app.UpvoteAsync(voter, old, SocialData.At(300));
        await app.UpvoteAsync(voter, recent, SocialData.At(10));
        await app.UpvoteAsync(voter, middle, SocialData.At(100));
        await app.UpvoteAsync(voter, hidden, SocialData.At(5));
        await app.UpvoteAsync(voter, archived, SocialData.At(5));
        await app.SetProductAsync(hidden, hidden: true);
        (await maker.Client.PatchAsJsonAsync($"/api/v1/products/{archived}", new { status = "archived" })).EnsureSuccessStatusCode();

        var page = await (await app.Anonymous().GetAsync($"/api/v1/users/{voter.Username}/upvotes")).ReadJsonAsync();
        var own = await (await voter.Client.GetAsync($"/api/v1/users/{voter.Username}/upvotes")).ReadJsonAsync();

        Assert.Equal([recent, middle, old], page.Ids());
        Assert.All(page.GetProperty("items").EnumerateArray(), p => Assert.False(p.GetProperty("viewerHasUpvoted").GetBoolean()));
        Assert.All(own.GetProperty("items").EnumerateArray(), p => Assert.True(p.GetProperty("viewerHasUpvoted").GetBoolean()));
        Assert.Equal(1, page.GetProperty("items")[0].GetProperty("upvoteCount").GetInt32());
    }

    [Fact]
    public async Task UpvotePagesWalkEveryProductOnceEvenWithEqualTimes()
    {
        var maker = await app.RegisterAsync("maker");
        var voter = await app.RegisterAsync("voter");
        var expected = new List<long>();
        var t0 = SocialData.At(0);
        var same = t0.AddSeconds(-50);
        for (var i = 0; i < 7; i++)
        {
            var id = (await maker.CreateAsync()).Id();
            await app.UpvoteAsync(voter, id, i < 4 ? same : t0.AddSeconds(-i));
            expected.Add(id);
        }

        // Newest vote first; among equal times the higher product id first.
        var order = new long[] { expected[4], expected[5], expected[6], expected[3], expected[2], expected[1], expected[0] };
        var walked = await app.Anonymous().WalkAsync($"/api/v1/users/{voter.Username}/upvotes", 2, p => p.GetProperty("id").ToString());

        Assert.Equal(order, walked.Select(p => p.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task TamperedUpvotesCursorIsRefused()
    {
        var maker = await app.RegisterAsync("maker");
        var voter = await app.RegisterAsync("voter");
        for (var i = 0; i < 2; i++)
        {
            await app.UpvoteAsync(voter, (await maker.CreateAsync()).Id(), SocialData.At(i));
        }

        var first = await (await app.Anonymous().GetAsync($"/api/v1/users/{voter.Username}/upvotes?limit=1")).ReadJsonAsync();
        var tampered = SocialData.Tampered(first.GetProperty("nextCursor").GetString()!);

        await (await app.Anonymous().GetAsync($"/api/v1/users/{voter.Username}/upvotes?limit=1&cursor={tampered}"))
            .AssertValidationErrorAsync("cursor");
    }

    [Fact]
    public async Task SomeoneWithoutUpvotesHasAnEmptyList()
    {
        var user = await app.RegisterAsync("novotes");

        var page = await (await app.Anonymous().GetAsync($"/api/v1/users/{user.Username}/upvotes")).ReadJsonAsync();

        Assert.Empty(page.Ids());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
    }
}
