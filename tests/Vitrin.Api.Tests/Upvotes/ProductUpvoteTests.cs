using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Notifications;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Upvotes;

public sealed class ProductUpvoteTests(VitrinApp app)
{
    private async Task<System.Text.Json.JsonElement> ProductAsync(HttpClient client, long id) =>
        await (await client.GetAsync($"/api/v1/products/{id}")).ReadJsonAsync();

    [Fact]
    public async Task UpvotingCountsAndShowsAsTheViewersOwnVote()
    {
        var maker = await app.RegisterAsync("maker");
        var voter = await app.RegisterAsync("voter");
        var other = await app.RegisterAsync("other");
        var product = await maker.CreateAsync();

        Assert.Equal((1, true), await (await voter.UpvoteAsync(product.Id())).ReadVoteAsync());

        var seenByVoter = await ProductAsync(voter.Client, product.Id());
        Assert.Equal(1, seenByVoter.GetProperty("upvoteCount").GetInt32());
        Assert.True(seenByVoter.ViewerHasUpvoted());
        Assert.False((await ProductAsync(other.Client, product.Id())).ViewerHasUpvoted());
        Assert.False((await ProductAsync(app.Anonymous(), product.Id())).ViewerHasUpvoted());

        Assert.Equal((0, false), await (await voter.UnvoteAsync(product.Id())).ReadVoteAsync());
        Assert.False((await ProductAsync(voter.Client, product.Id())).ViewerHasUpvoted());
    }

    [Fact]
    public async Task UpvoteAndRemovalAreIdempotent()
    {
        var maker = await app.RegisterAsync("maker");
        var voter = await app.RegisterAsync("voter");
        var product = await maker.CreateAsync();

        Assert.Equal((1, true), await (await voter.UpvoteAsync(product.Id())).ReadVoteAsync());
        Assert.Equal((1, true), await (await voter.UpvoteAsync(product.Id())).ReadVoteAsync());
        var afterTwoUpvotes = await app.TotalsAsync(product.Id());
        Assert.Equal((1, 1, 0.25), (afterTwoUpvotes.UpvoteCount, afterTwoUpvotes.Rows, afterTwoUpvotes.VoteWeight));

        Assert.Equal((0, false), await (await voter.UnvoteAsync(product.Id())).ReadVoteAsync());
        Assert.Equal((0, false), await (await voter.UnvoteAsync(product.Id())).ReadVoteAsync());
        var afterTwoRemovals = await app.TotalsAsync(product.Id());
        Assert.Equal((0, 0, 0.0), (afterTwoRemovals.UpvoteCount, afterTwoRemovals.Rows, afterTwoRemovals.VoteWeight));
    }

    [Fact]
    public async Task AuthorizationMatrixForUpvotingAProduct()
    {
        var maker = await app.RegisterAsync("maker");
        var other = await app.RegisterAsync("other");
        var moderator = await app.RegisterWithRolesAsync("mod", "moderator");
        var admin = await app.RegisterWithRolesAsync("admin", "admin");
        var product = await maker.CreateAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PutAsync($"/api/v1/products/{product.Id()}/upvote", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().DeleteAsync($"/api/v1/products/{product.Id()}/upvote")).StatusCode);
        await (await maker.UpvoteAsync(product.Id())).ReadProblemAsync(403);
        Assert.Equal((1, true), await (await other.UpvoteAsync(product.Id())).ReadVoteAsync());
        Assert.Equal((2, true), await (await moderator.UpvoteAsync(product.Id())).ReadVoteAsync());
        Assert.Equal((3, true), await (await admin.UpvoteAsync(product.Id())).ReadVoteAsync());

        var totals = await app.TotalsAsync(product.Id());
        Assert.Equal((3, 3), (totals.UpvoteCount, totals.Rows));
    }

    [Fact]
    public async Task MakersCannotUpvoteTheirOwnProductAndAreNotNotified()
    {
        var maker = await app.RegisterAsync("maker");
        var product = await maker.CreateAsync();

        var problem = await (await maker.UpvoteAsync(product.Id())).ReadProblemAsync(403);
        Assert.Contains("own product", problem.GetProperty("title").GetString(), StringComparison.Ordinal);

        Assert.Equal((0, 0), await app.WithDbAsync(async db => (
            await db.ProductUpvotes.CountAsync(u => u.ProductId == product.Id()),
            await db.Notifications.CountAsync(n => n.RecipientId == maker.Id && n.Type == NotificationType.ProductUpvoted))));
    }

    [Fact]
    public async Task DraftsHiddenAndUnknownProductsAreNotFound()
    {
        var maker = await app.RegisterAsync("maker");
        var voter = await app.RegisterAsync("voter");
        var draft = await maker.CreateAsync(status: "draft");
        var hidden = await maker.CreateAsync();
        await app.WithDbAsync(db => db.Products.Where(p => p.Id == hidden.Id()).ExecuteUpdateAsync(s => s.SetProperty(p => p.Hidden, true)));

        foreach (var id in new[] { draft.Id(), hidden.Id(), 999_999_999 })
        {
            await (await voter.UpvoteAsync(id)).ReadProblemAsync(404);
            await (await voter.UnvoteAsync(id)).ReadProblemAsync(404);
            await (await app.Anonymous().GetAsync($"/api/v1/products/{id}/upvoters")).ReadProblemAsync(404);
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.ProductUpvotes.CountAsync(u => u.ProductId == draft.Id() || u.ProductId == hidden.Id())));
    }

    [Fact]
    public async Task VisibleButUnlistedProductsRefuseNewVotesWithConflict()
    {
        var maker = await app.RegisterAsync("maker");
        var voter = await app.RegisterAsync("voter");
        var latecomer = await app.RegisterAsync("late");
        var moderator = await app.RegisterWithRolesAsync("mod", "moderator");
        var product = await maker.CreateAsync();
        var draft = await maker.CreateAsync(status: "draft");
        await (await voter.UpvoteAsync(product.Id())).ReadVoteAsync();

        var archived = await maker.Client.PatchAsJsonAsync($"/api/v1/products/{product.Id()}", new { status = "archived" });
        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);

        await (await latecomer.UpvoteAsync(product.Id())).ReadProblemAsync(409);
        await (await moderator.UpvoteAsync(draft.Id())).ReadProblemAsync(409);
        // A vote on a product that was later archived can still be withdrawn.
        Assert.Equal((0, false), await (await voter.UnvoteAsync(product.Id())).ReadVoteAsync());
        var totals = await app.TotalsAsync(product.Id());
        Assert.Equal((0, 0), (totals.UpvoteCount, totals.Rows));
    }

    [Fact]
    public async Task TheMakerGetsOneUnreadNotificationForManyVotes()
    {
        var maker = await app.RegisterAsync("maker");
        var voters = await app.RegisterManyAsync(3, "fan");
        var product = await maker.CreateAsync();

        foreach (var voter in voters)
        {
            await (await voter.UpvoteAsync(product.Id())).ReadVoteAsync();
        }

        var notification = Assert.Single(await app.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.RecipientId == maker.Id && n.Type == NotificationType.ProductUpvoted).ToListAsync()));
        Assert.Equal((product.Id(), 3, false, voters[^1].Id), (notification.ProductId, notification.EventCount, notification.Read, notification.ActorId));
        var voterIds = voters.Select(v => v.Id).ToArray();
        Assert.Equal(0, await app.WithDbAsync(db => db.Notifications.CountAsync(n => voterIds.Contains(n.RecipientId))));
    }
}
