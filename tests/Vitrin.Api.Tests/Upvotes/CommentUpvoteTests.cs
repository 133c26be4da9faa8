using System.Net;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Upvotes;

public sealed class CommentUpvoteTests(VitrinApp app)
{
    [Fact]
    public async Task UpvotingACommentCountsOnceAndCanBeWithdrawn()
    {
        var maker = await app.RegisterAsync("maker");
        var author = await app.RegisterAsync("author");
        var voter = await app.RegisterAsync("voter");
        var product = await maker.CreateAsync();
        var comment = await app.CommentAsync(product.Id(), author);

        Assert.Equal((1, true), await (await voter.UpvoteCommentAsync(comment)).ReadVoteAsync());
        Assert.Equal((1, true), await (await voter.UpvoteCommentAsync(comment)).ReadVoteAsync());
        Assert.Equal((1, 1), await app.CommentTotalsAsync(comment));

        Assert.Equal((0, false), await (await voter.UnvoteCommentAsync(comment)).ReadVoteAsync());
        Assert.Equal((0, false), await (await voter.UnvoteCommentAsync(comment)).ReadVoteAsync());
        Assert.Equal((0, 0), await app.CommentTotalsAsync(comment));
    }

    [Fact]
    public async Task AuthorizationMatrixForUpvotingAComment()
    {
        var maker = await app.RegisterAsync("maker");
        var author = await app.RegisterAsync("author");
        var moderator = await app.RegisterWithRolesAsync("mod", "moderator");
        var admin = await app.RegisterWithRolesAsync("admin", "admin");
        var product = await maker.CreateAsync();
        var comment = await app.CommentAsync(product.Id(), author);

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PutAsync($"/api/v1/comments/{comment}/upvote", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().DeleteAsync($"/api/v1/comments/{comment}/upvote")).StatusCode);
        var problem = await (await author.UpvoteCommentAsync(comment)).ReadProblemAsync(403);
        Assert.Contains("own comment", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        // The product's maker is just another reader of someone else's comment.
        Assert.Equal((1, true), await (await maker.UpvoteCommentAsync(comment)).ReadVoteAsync());
        Assert.Equal((2, true), await (await moderator.UpvoteCommentAsync(comment)).ReadVoteAsync());
        Assert.Equal((3, true), await (await admin.UpvoteCommentAsync(comment)).ReadVoteAsync());
        Assert.Equal((3, 3), await app.CommentTotalsAsync(comment));
    }

    [Fact]
    public async Task DeletedHiddenAndUnknownCommentsAreNotFound()
    {
        var maker = await app.RegisterAsync("maker");
        var voter = await app.RegisterAsync("voter");
        var product = await maker.CreateAsync();
        var deleted = await app.CommentAsync(product.Id(), maker, deleted: true);
        var hidden = await app.CommentAsync(product.Id(), maker, hidden: true);

        foreach (var id in new[] { deleted, hidden, 999_999_999 })
        {
            await (await voter.UpvoteCommentAsync(id)).ReadProblemAsync(404);
            await (await voter.UnvoteCommentAsync(id)).ReadProblemAsync(404);
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.CommentUpvotes.CountAsync(u => u.CommentId == deleted || u.CommentId == hidden)));
    }

    [Fact]
    public async Task CommentsOnProductsTheCallerCannotSeeAreNotFound()
    {
        var maker = await app.RegisterAsync("maker");
        var voter = await app.RegisterAsync("voter");
        var draft = await maker.CreateAsync(status: "draft");
        var hiddenProduct = await maker.CreateAsync();
        var onDraft = await app.CommentAsync(draft.Id(), maker);
        var onHidden = await app.CommentAsync(hiddenProduct.Id(), maker);
        await app.WithDbAsync(db => db.Products.Where(p => p.Id == hiddenProduct.Id()).ExecuteUpdateAsync(s => s.SetProperty(p => p.Hidden, true)));

        await (await voter.UpvoteCommentAsync(onDraft)).ReadProblemAsync(404);
        await (await voter.UpvoteCommentAsync(onHidden)).ReadProblemAsync(404);
        Assert.Equal((0, 0), await app.CommentTotalsAsync(onHidden));
    }

    [Fact]
    public async Task CommentVotesDoNotTouchTheProductsTotals()
    {
        var maker = await app.RegisterAsync("maker");
        var voter = await app.RegisterAsync("voter");
        var product = await maker.CreateAsync();
        var comment = await app.CommentAsync(product.Id(), maker);

        await (await voter.UpvoteCommentAsync(comment)).ReadVoteAsync();

        var totals = await app.TotalsAsync(product.Id());
        Assert.Equal((0, 0, 0.0), (totals.UpvoteCount, totals.Rows, totals.VoteWeight));
    }
}
