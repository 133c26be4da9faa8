using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Users;

namespace Vitrin.Api.Products;

/// <summary>
/// List items. A caller's query decides which products and in what order and reads only their ids;
/// the items are then loaded by id with two compiled queries (products with maker and category, then
/// all their tags). Lists are the hottest reads, and this keeps them cheap on both sides: EF Core
/// neither rebuilds nor re-translates the big projection per request, PostgreSQL plans a one-table
/// query and reuses prepared plans for the rest, and no row is repeated once per tag (reading tags in
/// the same statement also makes EF Core build a delegate per row, dotnet/efcore#35210).
/// </summary>
public static class ProductSummaries
{
    private static readonly Func<VitrinDbContext, long[], long?, IAsyncEnumerable<ProductSummary>> ById =
        EF.CompileAsyncQuery((VitrinDbContext db, long[] ids, long? viewerId) => db.Products
            .Where(p => ids.Contains(p.Id))
            .Select(p => new ProductSummary(
                p.Id,
                p.Slug,
                p.Title,
                p.Tagline,
                p.ThumbnailPath == null ? null : "/media/" + p.ThumbnailPath,
                new CategoryRef(p.Category.Id, p.Category.Slug, p.Category.Name, p.Category.Icon, p.Category.Color),
                Array.Empty<string>(),
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
            }));

    private static readonly Func<VitrinDbContext, long[], IAsyncEnumerable<ProductTagSlug>> TagsById =
        EF.CompileAsyncQuery((VitrinDbContext db, long[] ids) => db.ProductTags
            .Where(t => ids.Contains(t.ProductId))
            .OrderBy(t => t.Tag.Slug)
            .Select(t => new ProductTagSlug(t.ProductId, t.Tag.Slug)));

    private sealed record ProductTagSlug(long ProductId, string Slug);

    /// <summary>List items for the products <paramref name="query"/> selects, in its order.</summary>
    public static async Task<List<ProductSummary>> ToSummariesAsync(
        this IQueryable<Product> query, VitrinDbContext db, long? viewerId, CancellationToken ct)
    {
        var ids = await query.Select(p => p.Id).ToListAsync(ct);
        var items = await db.LoadSummariesAsync(ids, viewerId, ct);
        return [.. ids.Where(items.ContainsKey).Select(id => items[id])];
    }

    /// <summary>List items for these products, by id (products that vanished meanwhile are simply absent).</summary>
    public static async Task<Dictionary<long, ProductSummary>> LoadSummariesAsync(
        this VitrinDbContext db, IEnumerable<long> productIds, long? viewerId, CancellationToken ct)
    {
        var ids = productIds.Distinct().ToArray();
        if (ids.Length == 0)
        {
            return [];
        }

        var items = new Dictionary<long, ProductSummary>(ids.Length);
        await foreach (var item in ById(db, ids, viewerId).WithCancellation(ct))
        {
            items[item.Id] = item;
        }

        var tags = new Dictionary<long, List<string>>();
        await foreach (var tag in TagsById(db, ids).WithCancellation(ct))
        {
            (tags.TryGetValue(tag.ProductId, out var list) ? list : tags[tag.ProductId] = []).Add(tag.Slug);
        }

        foreach (var (id, list) in tags)
        {
            if (items.TryGetValue(id, out var item))
            {
                items[id] = item with { Tags = list };
            }
        }

        return items;
    }
}
