using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Comments;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Products;

namespace Vitrin.Api.Moderation;

/// <summary>Hiding and unhiding products and comments, and featuring products; each with its denormalized counts.</summary>
public static class ContentModeration
{
    /// <summary>Hides a product and takes it out of its tags' counts. False when it is missing or already hidden.</summary>
    internal static Task<bool> HideProductAsync(VitrinDbContext db, long id, DateTime now, CancellationToken ct) =>
        SetProductHiddenAsync(db, id, hidden: true, now, ct);

    /// <summary>Hides a comment; a comment that counted leaves its product's commentCount. False when missing or already hidden.</summary>
    internal static Task<bool> HideCommentAsync(VitrinDbContext db, long id, CancellationToken ct) =>
        SetCommentHiddenAsync(db, id, hidden: true, ct);

    /// <summary>
    /// Takes the row lock of a report's target (a no-op update) for the rest of the transaction;
    /// the comment's row before its product's, in the order the comment writes take them.
    /// </summary>
    internal static Task LockTargetAsync(VitrinDbContext db, ReportTargetType type, long id, DateTime now, CancellationToken ct) => type switch
    {
        ReportTargetType.Product => ProductWrites.LockAsync(db, id, now, ct),
        ReportTargetType.Comment => db.Comments.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Hidden, c => c.Hidden), ct),
        _ => db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.BannedAt, u => u.BannedAt), ct),
    };

    public static async Task<Results<NoContent, ProblemHttpResult>> UnhideProduct(
        long id, ClaimsPrincipal principal, VitrinDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await db.Products.AnyAsync(p => p.Id == id, ct))
        {
            return ProductsApi.NotFound();
        }

        if (await SetProductHiddenAsync(db, id, hidden: false, now, ct))
        {
            ModerationLog.Record(db, principal.GetUserId(), ModerationLog.Unhide, ReportTargetType.Product, id, null, now);
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> UnhideComment(
        long id, ClaimsPrincipal principal, VitrinDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await db.Comments.AnyAsync(c => c.Id == id, ct))
        {
            return TypedResults.Problem(title: "No such comment.", statusCode: StatusCodes.Status404NotFound);
        }

        if (await SetCommentHiddenAsync(db, id, hidden: false, ct))
        {
            ModerationLog.Record(db, principal.GetUserId(), ModerationLog.Unhide, ReportTargetType.Comment, id, null, now);
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Feature(
        long id, ClaimsPrincipal principal, VitrinDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var featured = await db.Products.Listed().Where(p => p.Id == id && !p.Featured)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Featured, true).SetProperty(p => p.FeaturedAt, now), ct) == 1;
        if (!featured)
        {
            // Already featured is fine (idempotent); anything not listed cannot be featured.
            return await db.Products.Listed().AnyAsync(p => p.Id == id, ct) ? TypedResults.NoContent() : ProductsApi.NotFound();
        }

        ModerationLog.Record(db, principal.GetUserId(), ModerationLog.Feature, ReportTargetType.Product, id, null, now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Unfeature(
        long id, ClaimsPrincipal principal, VitrinDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var unfeatured = await db.Products.Where(p => p.Id == id && p.Featured)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Featured, false).SetProperty(p => p.FeaturedAt, (DateTime?)null), ct) == 1;
        if (!unfeatured)
        {
            return await db.Products.AnyAsync(p => p.Id == id, ct) ? TypedResults.NoContent() : ProductsApi.NotFound();
        }

        ModerationLog.Record(db, principal.GetUserId(), ModerationLog.Unfeature, ReportTargetType.Product, id, null, now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<bool> SetProductHiddenAsync(VitrinDbContext db, long id, bool hidden, DateTime now, CancellationToken ct)
    {
        // The product lock orders this after any concurrent edit, so the tag counts move exactly once.
        var product = await ProductWrites.LockAsync(db, id, now, ct) ? await ProductWrites.LoadAsync(db, id, ct) : null;
        if (product is null || product.Hidden == hidden)
        {
            return false;
        }

        var before = ProductWrites.Contribution(product);
        product.Hidden = hidden;
        await db.SaveChangesAsync(ct);
        await ProductWrites.AdjustTagCountsAsync(db, before, ProductWrites.Contribution(product), ct);
        return true;
    }

    private static async Task<bool> SetCommentHiddenAsync(VitrinDbContext db, long id, bool hidden, CancellationToken ct)
    {
        // Conditional updates: whichever of two concurrent requests changes the row moves the count, the other sees no row.
        var counted = await db.Comments.Where(c => c.Id == id && c.Hidden != hidden && !c.Deleted)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Hidden, hidden), ct) == 1;
        if (counted)
        {
            var productId = await db.Comments.Where(c => c.Id == id).Select(c => c.ProductId).FirstAsync(ct);
            await CommentCounts.AdjustAsync(db, productId, hidden ? -1 : 1, ct);
            return true;
        }

        return await db.Comments.Where(c => c.Id == id && c.Hidden != hidden)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Hidden, hidden), ct) == 1;
    }
}
