using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Users;

namespace Vitrin.Api.Products;

/// <summary>
/// List items. Lists are the hottest reads, so an item is read in the same statement that picks it:
/// the product row with its maker and category joined, and its tags from the row's own tag column
/// (<see cref="Product.SearchTags"/>, written beside the tag rows). The projection is one expression
/// built once, with nothing from the request in it, so EF Core's per-query work stays small; a
/// signed-in reader's upvotes are read afterwards in one small query for the whole page.
/// </summary>
public static class ProductSummaries
{
    private static readonly Expression<Func<Product, ProductSummary>> Summary = p => new ProductSummary(
        p.Id,
        p.Slug,
        p.Title,
        p.Tagline,
        p.ThumbnailPath == null ? null : "/media/" + p.ThumbnailPath,
        new CategoryRef(p.Category.Id, p.Category.Slug, p.Category.Name, p.Category.Icon, p.Category.Color),
        TagList(p.SearchTags),
        new UserSummary(p.Author.Id, p.Author.UserName!, p.Author.DisplayName, p.Author.AvatarPath == null ? null : "/media/" + p.Author.AvatarPath),
        p.Status,
        p.Featured,
        p.UpvoteCount,
        p.CommentCount,
        p.ViewCount,
        false,
        p.PublishedAt,
        p.CreatedAt)
    {
        TrendingScore = p.TrendingScore,
    };

    private static readonly Func<VitrinDbContext, long[], IAsyncEnumerable<ProductSummary>> ById =
        EF.CompileAsyncQuery((VitrinDbContext db, long[] ids) => db.Products.Where(p => ids.Contains(p.Id)).Select(Summary));

    private static readonly Func<VitrinDbContext, long, long[], IAsyncEnumerable<long>> UpvotedAmong =
        EF.CompileAsyncQuery((VitrinDbContext db, long viewerId, long[] ids) => db.ProductUpvotes
            .Where(u => u.UserId == viewerId && ids.Contains(u.ProductId)).Select(u => u.ProductId));

    /// <summary>The list items of <paramref name="query"/>'s products, in its order (without the viewer's upvotes: see <see cref="WithViewerUpvotesAsync"/>).</summary>
    public static IQueryable<ProductSummary> SelectSummaries(this IQueryable<Product> query) => query.Select(Summary);

    /// <summary>The tag column's slugs (space separated, in ordinal order) as the list the API answers.</summary>
    internal static string[] TagList(string tags) => tags.Length == 0 ? [] : tags.Split(' ');

    /// <summary>The URL of a stored file (a thumbnail, an avatar), as <see cref="Summary"/> writes it in SQL.</summary>
    internal static string? MediaUrl(string? path) => path is null ? null : "/media/" + path;

    /// <summary>List items for the products <paramref name="query"/> selects, in its order.</summary>
    public static async Task<List<ProductSummary>> ToSummariesAsync(
        this IQueryable<Product> query, VitrinDbContext db, long? viewerId, CancellationToken ct) =>
        await db.WithViewerUpvotesAsync(await query.Select(Summary).ToListAsync(ct), viewerId, ct);

    /// <summary>List items for these products, by id (products that vanished meanwhile are simply absent).</summary>
    public static async Task<Dictionary<long, ProductSummary>> LoadSummariesAsync(
        this VitrinDbContext db, IEnumerable<long> productIds, long? viewerId, CancellationToken ct)
    {
        var ids = productIds.Distinct().ToArray();
        var items = new List<ProductSummary>(ids.Length);
        if (ids.Length > 0)
        {
            await foreach (var item in ById(db, ids).WithCancellation(ct))
            {
                items.Add(item);
            }
        }

        return (await db.WithViewerUpvotesAsync(items, viewerId, ct)).ToDictionary(s => s.Id);
    }

    /// <summary>Sets <c>viewerHasUpvoted</c> on the items the viewer upvoted (nothing to do for anonymous readers).</summary>
    public static async Task<List<ProductSummary>> WithViewerUpvotesAsync(
        this VitrinDbContext db, List<ProductSummary> items, long? viewerId, CancellationToken ct)
    {
        if (viewerId is not { } me || items.Count == 0)
        {
            return items;
        }

        var upvoted = new HashSet<long>();
        await foreach (var id in UpvotedAmong(db, me, [.. items.Select(s => s.Id)]).WithCancellation(ct))
        {
            upvoted.Add(id);
        }

        return [.. items.Select(s => upvoted.Contains(s.Id) ? s with { ViewerHasUpvoted = true } : s)];
    }
}
