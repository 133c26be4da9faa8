using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Upvotes;

public sealed class UpvotersTests(VitrinApp app)
{
    [Fact]
    public async Task UpvotersArePagedMostRecentFirstWithoutRepeats()
    {
        var maker = await app.RegisterAsync("maker");
        var voters = await app.RegisterManyAsync(5, "fan");
        var product = await maker.CreateAsync();
        foreach (var voter in voters)
        {
            await (await voter.UpvoteAsync(product.Id())).ReadVoteAsync();
        }

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var url = $"/api/v1/products/{product.Id()}/upvoters?limit=2" + (cursor is null ? "" : $"&cursor={cursor}");
            var page = await (await app.Anonymous().GetAsync(url)).ReadJsonAsync();
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.InRange(items.Count, 1, 2);
            Assert.All(items, i => Assert.False(i.TryGetProperty("email", out _)));
            seen.AddRange(items.Select(i => i.GetProperty("username").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Reverse(voters).Select(v => v.Username), seen);
    }

    [Fact]
    public async Task AWithdrawnVoteLeavesTheList()
    {
        var maker = await app.RegisterAsync("maker");
        var stays = await app.RegisterAsync("stays");
        var leaves = await app.RegisterAsync("leaves");
        var product = await maker.CreateAsync();
        await (await stays.UpvoteAsync(product.Id())).ReadVoteAsync();
        await (await leaves.UpvoteAsync(product.Id())).ReadVoteAsync();
        await (await leaves.UnvoteAsync(product.Id())).ReadVoteAsync();

        var page = await (await app.Anonymous().GetAsync($"/api/v1/products/{product.Id()}/upvoters")).ReadJsonAsync();

        var only = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal((stays.Id, stays.Username), (only.GetProperty("id").GetInt64(), only.GetProperty("username").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task BannedVotersAreLeftOutOfTheList()
    {
        var maker = await app.RegisterAsync("maker");
        var voter = await app.RegisterAsync("voter");
        var banned = await app.RegisterAsync("banned");
        var product = await maker.CreateAsync();
        await (await voter.UpvoteAsync(product.Id())).ReadVoteAsync();
        await (await banned.UpvoteAsync(product.Id())).ReadVoteAsync();
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == banned.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.BannedAt, DateTime.UtcNow)));

        var page = await (await app.Anonymous().GetAsync($"/api/v1/products/{product.Id()}/upvoters")).ReadJsonAsync();

        Assert.Equal(voter.Id, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task BadPagingIsAValidationProblem()
    {
        var maker = await app.RegisterAsync("maker");
        var product = await maker.CreateAsync();

        await (await app.Anonymous().GetAsync($"/api/v1/products/{product.Id()}/upvoters?cursor=tampered")).AssertValidationErrorAsync("cursor");
        await (await app.Anonymous().GetAsync($"/api/v1/products/{product.Id()}/upvoters?limit=0")).AssertValidationErrorAsync("limit");
    }

    [Fact]
    public async Task TheMakerSeesUpvotersOfTheirDraftOthersDoNot()
    {
        var maker = await app.RegisterAsync("maker");
        var other = await app.RegisterAsync("other");
        var draft = await maker.CreateAsync(status: "draft");

        var own = await (await maker.Client.GetAsync($"/api/v1/products/{draft.Id()}/upvoters")).ReadJsonAsync();
        Assert.Empty(own.GetProperty("items").EnumerateArray());
        await (await other.Client.GetAsync($"/api/v1/products/{draft.Id()}/upvoters")).ReadProblemAsync(404);
    }
}
