using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Comments;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Upvotes;

/// <summary>A product's stored totals beside the vote rows they summarize.</summary>
public sealed record VoteTotals(int UpvoteCount, int Rows, double VoteWeight, double WeightSum, double TrendingScore, DateTime? PublishedAt);

/// <summary>Casting and checking votes over HTTP, and reading the stored truth through the database.</summary>
public static class Voting
{
    public static Task<HttpResponseMessage> UpvoteAsync(this TestUser user, long productId) =>
        user.Client.PutAsync($"/api/v1/products/{productId}/upvote", null);

    public static Task<HttpResponseMessage> UnvoteAsync(this TestUser user, long productId) =>
        user.Client.DeleteAsync($"/api/v1/products/{productId}/upvote");

    public static Task<HttpResponseMessage> UpvoteCommentAsync(this TestUser user, long commentId) =>
        user.Client.PutAsync($"/api/v1/comments/{commentId}/upvote", null);

    public static Task<HttpResponseMessage> UnvoteCommentAsync(this TestUser user, long commentId) =>
        user.Client.DeleteAsync($"/api/v1/comments/{commentId}/upvote");

    /// <summary>Asserts a 200 vote answer and returns (upvoteCount, viewerHasUpvoted).</summary>
    public static async Task<(int Count, bool Mine)> ReadVoteAsync(this HttpResponseMessage response)
    {
        var body = await response.ReadJsonAsync();
        return (body.GetProperty("upvoteCount").GetInt32(), body.GetProperty("viewerHasUpvoted").GetBoolean());
    }

    public static Task<VoteTotals> TotalsAsync(this VitrinApp app, long productId) => app.WithDbAsync(async db =>
    {
        var product = await db.Products.AsNoTracking().FirstAsync(p => p.Id == productId);
        var weights = await db.ProductUpvotes.Where(u => u.ProductId == productId).Select(u => u.Weight).ToListAsync();
        return new VoteTotals(product.UpvoteCount, weights.Count, product.VoteWeight, weights.Sum(), product.TrendingScore, product.PublishedAt);
    });

    public static Task<(int UpvoteCount, int Rows)> CommentTotalsAsync(this VitrinApp app, long commentId) => app.WithDbAsync(async db =>
        (await db.Comments.Where(c => c.Id == commentId).Select(c => c.UpvoteCount).FirstAsync(),
         await db.CommentUpvotes.CountAsync(u => u.CommentId == commentId)));

    /// <summary>Inserts a comment directly (the comments API is tested on its own).</summary>
    public static Task<long> CommentAsync(this VitrinApp app, long productId, TestUser author, bool deleted = false, bool hidden = false) =>
        app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var comment = new Comment
            {
                ProductId = productId,
                AuthorId = author.Id,
                Body = "Nice launch!",
                BodyHtml = "<p>Nice launch!</p>",
                Deleted = deleted,
                Hidden = hidden,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Comments.Add(comment);
            await db.SaveChangesAsync();
            return comment.Id;
        });

    /// <summary>Makes an account old enough that its votes carry full weight.</summary>
    public static Task AgeAccountAsync(this VitrinApp app, TestUser user, TimeSpan age) => app.WithDbAsync(db =>
    {
        var createdAt = DateTime.UtcNow - age;
        return db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.CreatedAt, createdAt));
    });

    public static async Task<TestUser[]> RegisterManyAsync(this VitrinApp app, int count, string prefix) =>
        await Task.WhenAll(Enumerable.Range(0, count).Select(_ => app.RegisterAsync(prefix)));

    public static bool ViewerHasUpvoted(this JsonElement product) => product.GetProperty("viewerHasUpvoted").GetBoolean();
}
