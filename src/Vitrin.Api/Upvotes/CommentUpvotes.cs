using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Caching;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Moderation;

namespace Vitrin.Api.Upvotes;

/// <summary>
/// Comment upvotes: the same one-transaction pattern as <see cref="ProductUpvotes"/>, on
/// <c>comment_upvotes</c> and <see cref="Comments.Comment.UpvoteCount"/>. Comment votes carry no weight.
/// </summary>
internal static class CommentUpvotes
{
    public static async Task<Results<Ok<UpvoteResponse>, ProblemHttpResult>> UpvoteAsync(
        long id, ClaimsPrincipal user, VitrinDbContext db, PostingLimits limits, HttpContext http, CacheInvalidation invalidation,
        TimeProvider clock, CancellationToken ct)
    {
        var me = user.GetUserId();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var comment = await VoteTargets.LockCommentAsync(db, id, ct);
        if (comment is null || !comment.Product.VisibleTo(user))
        {
            return NotFound();
        }

        if (comment.AuthorId == me)
        {
            return TypedResults.Problem(title: "You cannot upvote your own comment.", statusCode: StatusCodes.Status403Forbidden);
        }

        if (!await db.CommentUpvotes.AnyAsync(u => u.CommentId == id && u.UserId == me, ct))
        {
            if (await limits.CheckUpvoteAsync(me, ct) is { } wait)
            {
                return Problems.TooManyRequests(http, wait, "You have used today's upvotes; try again later.");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO comment_upvotes (comment_id, user_id, created_at) VALUES ({id}, {me}, {now})
                ON CONFLICT (comment_id, user_id) DO NOTHING
                """, ct);
            if (inserted == 1)
            {
                await MoveCountAsync(db, id, +1, ct);
            }
        }

        var count = await CountAsync(db, id, ct);
        await transaction.CommitAsync(ct);
        await invalidation.InvalidateAsync(CacheTags.Comments(comment.ProductId));
        return TypedResults.Ok(new UpvoteResponse(count, ViewerHasUpvoted: true));
    }

    public static async Task<Results<Ok<UpvoteResponse>, ProblemHttpResult>> RemoveAsync(
        long id, ClaimsPrincipal user, VitrinDbContext db, CacheInvalidation invalidation, CancellationToken ct)
    {
        var me = user.GetUserId();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var comment = await VoteTargets.LockCommentAsync(db, id, ct);
        if (comment is null || !comment.Product.VisibleTo(user))
        {
            return NotFound();
        }

        if (await db.CommentUpvotes.Where(u => u.CommentId == id && u.UserId == me).ExecuteDeleteAsync(ct) == 1)
        {
            await MoveCountAsync(db, id, -1, ct);
        }

        var count = await CountAsync(db, id, ct);
        await transaction.CommitAsync(ct);
        await invalidation.InvalidateAsync(CacheTags.Comments(comment.ProductId));
        return TypedResults.Ok(new UpvoteResponse(count, ViewerHasUpvoted: false));
    }

    private static Task<int> MoveCountAsync(VitrinDbContext db, long id, int votes, CancellationToken ct) =>
        db.Comments.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.UpvoteCount, c => c.UpvoteCount + votes), ct);

    private static Task<int> CountAsync(VitrinDbContext db, long id, CancellationToken ct) =>
        db.Comments.Where(c => c.Id == id).Select(c => c.UpvoteCount).FirstAsync(ct);

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "No such comment.", statusCode: StatusCodes.Status404NotFound);
}
