using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Caching;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Moderation;
using Vitrin.Api.Notifications;
using Vitrin.Api.Products;
using Vitrin.Api.Users;

namespace Vitrin.Api.Upvotes;

/// <summary>
/// Product upvotes. Each toggle is one transaction that first takes the product's lock (see
/// <see cref="VoteTargets"/>), then changes the vote row (the primary key is the source of truth),
/// and only when a row really changed moves the product's count, weight and trending score.
/// </summary>
internal static class ProductUpvotes
{
    public static async Task<Results<Ok<UpvoteResponse>, ProblemHttpResult>> UpvoteAsync(
        long id, ClaimsPrincipal user, VitrinDbContext db, PostingLimits limits, Notifier notifier, HttpContext http,
        CacheInvalidation invalidation, TimeProvider clock, CancellationToken ct)
    {
        var me = user.GetUserId();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var product = await VoteTargets.LockProductAsync(db, id, ct);
        if (product is null || !product.VisibleTo(user))
        {
            return ProductsApi.NotFound();
        }

        if (product.AuthorId == me)
        {
            return TypedResults.Problem(title: "You cannot upvote your own product.", statusCode: StatusCodes.Status403Forbidden);
        }

        if (!product.Listed)
        {
            return TypedResults.Problem(title: "Only published products can be upvoted.", statusCode: StatusCodes.Status409Conflict);
        }

        var changed = false;
        if (!await db.ProductUpvotes.AnyAsync(u => u.ProductId == id && u.UserId == me, ct))
        {
            if (await limits.CheckUpvoteAsync(me, ct) is { } wait)
            {
                return Problems.TooManyRequests(http, wait, "You have used today's upvotes; try again later.");
            }

            var accountCreatedAt = await db.Users.Where(u => u.Id == me).Select(u => u.CreatedAt).FirstAsync(ct);
            var weight = limits.VoteWeight(accountCreatedAt);
            var now = clock.GetUtcNow().UtcDateTime;
            var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO product_upvotes (product_id, user_id, weight, created_at) VALUES ({id}, {me}, {weight}, {now})
                ON CONFLICT (product_id, user_id) DO NOTHING
                """, ct);
            if (inserted == 1)
            {
                changed = true;
                await MoveTotalsAsync(db, id, +1, weight, ct);
                // Under the product's lock, so concurrent votes fold into one notification instead of racing to create two.
                await notifier.ProductUpvotedAsync(product.AuthorId, me, id, ct);
                await db.SaveChangesAsync(ct);
            }
        }

        var count = await CountAsync(db, id, ct);
        await transaction.CommitAsync(ct);
        await invalidation.ProductChangedAsync(id);
        if (changed)
        {
            VitrinMetrics.Upvotes.Add(1, new KeyValuePair<string, object?>("direction", "up"));
        }

        return TypedResults.Ok(new UpvoteResponse(count, ViewerHasUpvoted: true));
    }

    public static async Task<Results<Ok<UpvoteResponse>, ProblemHttpResult>> RemoveAsync(
        long id, ClaimsPrincipal user, VitrinDbContext db, CacheInvalidation invalidation, CancellationToken ct)
    {
        var me = user.GetUserId();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var product = await VoteTargets.LockProductAsync(db, id, ct);
        if (product is null || !product.VisibleTo(user))
        {
            return ProductsApi.NotFound();
        }

        // RETURNING hands back the weight of exactly the row this statement deleted (none if a concurrent request got there first).
        var removed = await db.Database.SqlQuery<double>($"""
            DELETE FROM product_upvotes WHERE product_id = {id} AND user_id = {me} RETURNING weight AS "Value"
            """).ToListAsync(ct);
        if (removed.Count == 1)
        {
            await MoveTotalsAsync(db, id, -1, -removed[0], ct);
        }

        var count = await CountAsync(db, id, ct);
        await transaction.CommitAsync(ct);
        await invalidation.ProductChangedAsync(id);
        if (removed.Count == 1)
        {
            VitrinMetrics.Upvotes.Add(1, new KeyValuePair<string, object?>("direction", "down"));
        }

        return TypedResults.Ok(new UpvoteResponse(count, ViewerHasUpvoted: false));
    }

    public static async Task<Results<Ok<Page<UserSummary>>, ProblemHttpResult>> ListAsync(
        long id, PageRequest page, ClaimsPrincipal user, VitrinDbContext db, CursorCodec cursors, CancellationToken ct)
    {
        var product = await VoteTargets.ProductAsync(db, id, ct);
        if (product is null || !product.VisibleTo(user))
        {
            return ProductsApi.NotFound();
        }

        var voters = db.ProductUpvotes.Where(v => v.ProductId == id).Select(v => new UserLink { UserId = v.UserId, At = v.CreatedAt });
        return TypedResults.Ok(await voters.PageAsync(db, page, cursors, r => r.ToSummary(), ct));
    }

    /// <summary>
    /// Moves the count and weight by one vote, then re-derives the trending score from the new weight.
    /// The transaction holds the product's lock, so the weight read back is its own.
    /// </summary>
    private static async Task MoveTotalsAsync(VitrinDbContext db, long id, int votes, double weight, CancellationToken ct)
    {
        var product = db.Products.Where(p => p.Id == id);
        await product.ExecuteUpdateAsync(s => s
            .SetProperty(p => p.UpvoteCount, p => p.UpvoteCount + votes)
            // The last vote out resets the weight to exactly 0, so rounding cannot accumulate across cycles.
            .SetProperty(p => p.VoteWeight, p => p.UpvoteCount + votes == 0 ? 0 : p.VoteWeight + weight), ct);
        var totals = await product.Select(p => new { p.VoteWeight, p.PublishedAt }).FirstAsync(ct);
        if (totals.PublishedAt is { } publishedAt)
        {
            var score = Ranking.HotScore(totals.VoteWeight, publishedAt);
            await product.ExecuteUpdateAsync(s => s.SetProperty(p => p.TrendingScore, score), ct);
        }
    }

    private static Task<int> CountAsync(VitrinDbContext db, long id, CancellationToken ct) =>
        db.Products.Where(p => p.Id == id).Select(p => p.UpvoteCount).FirstAsync(ct);
}
