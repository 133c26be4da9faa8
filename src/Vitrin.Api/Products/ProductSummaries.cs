using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Users;

namespace Vitrin.Api.Products;

/// <summary>
/// List items, read in one statement: the product row with its maker and category joined, and its
/// tags from the row's own tag column (<see cref="Product.SearchTags"/>, kept beside the tag rows
/// on every write). Lists are the hottest reads; every extra round trip to the database costs more
/// CPU on both sides than the query itself (measured: a page in three statements cost twice as much).
/// </summary>
public static class ProductSummaries
{
    /// <summary>The list items of <paramref name="query"/>'s products, in its order.</summary>
    public static IQueryable<ProductSummary> SelectSummaries(this IQueryable<Product> query, VitrinDbContext db, long? viewerId) =>
        query.Select(p => new ProductSummary(
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
            viewerId != null && db.ProductUpvotes.Any(u => u.ProductId == p.Id && u.UserId == viewerId),
            p.PublishedAt,
            p.CreatedAt)
        {
            TrendingScore = p.TrendingScore,
        });

    /// <summary>The tag column's slugs (space separated, in ordinal order) as the list the API answers.</summary>
    private static string[] TagList(string tags) => tags.Length == 0 ? [] : tags.Split(' ');

    /// <summary>List items for the products <paramref name="query"/> selects, in its order.</summary>
    public static Task<List<ProductSummary>> ToSummariesAsync(
        this IQueryable<Product> query, VitrinDbContext db, long? viewerId, CancellationToken ct) =>
        query.SelectSummaries(db, viewerId).ToListAsync(ct);

    /// <summary>List items for these products, by id (products that vanished meanwhile are simply absent).</summary>
    public static async Task<Dictionary<long, ProductSummary>> LoadSummariesAsync(
        this VitrinDbContext db, IEnumerable<long> productIds, long? viewerId, CancellationToken ct)
    {
        var ids = productIds.Distinct().ToArray();
        return ids.Length == 0
            ? []
            : await db.Products.Where(p => ids.Contains(p.Id)).SelectSummaries(db, viewerId).ToDictionaryAsync(s => s.Id, ct);
    }
}
