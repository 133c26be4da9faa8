using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;

namespace Vitrin.Api.Products;

public enum ProductSort
{
    Trending,
    New,
    Top,

    /// <summary>Newest created first; for a maker's own list, where drafts have no publish date.</summary>
    Created,
}

public enum ProductPeriod
{
    Day,
    Week,
    Month,
    Year,
    All,
}

/// <summary>
/// Keyset pages of products. Each sort reads the index that matches it (see ProductConfiguration),
/// and the cursor holds the last row's sort key, so later pages cost the same as the first.
/// </summary>
/// <summary>A page of a product list before its items are loaded: immutable, so the cache hands out one instance.</summary>
[System.ComponentModel.ImmutableObject(true)]
public sealed record ProductPageSelection(IReadOnlyList<long> Ids, string? NextCursor);

public static class ProductLists
{
    private sealed record Position(ProductSort Sort, double Score, DateTime Time, long Id);

    /// <summary>Which products a page holds, in order, and the cursor to the next page.</summary>
    public static async Task<ProductPageSelection> SelectPageAsync(
        this IQueryable<Product> query, ProductSort sort, PageRequest page, CursorCodec cursors, CancellationToken ct)
    {
        var after = page.After<Position>(cursors);
        if (after is not null && after.Sort != sort)
        {
            throw new QueryValidationException("cursor", "The cursor belongs to another sort order; start again from the first page.");
        }

        query = (sort, after) switch
        {
            (_, null) => query,
            // The leading "<=" bound lets the index serve the cursor as a range instead of a filter.
            (ProductSort.Trending, { } a) => query.Where(p => p.TrendingScore <= a.Score && (p.TrendingScore < a.Score || p.Id < a.Id)),
            (ProductSort.Top, { } a) => query.Where(p => p.UpvoteCount <= a.Score && (p.UpvoteCount < a.Score || p.Id < a.Id)),
            (ProductSort.New, { } a) => query.Where(p => p.PublishedAt <= a.Time && (p.PublishedAt < a.Time || p.Id < a.Id)),
            (_, { } a) => query.Where(p => p.CreatedAt <= a.Time && (p.CreatedAt < a.Time || p.Id < a.Id)),
        };
        var positions = sort switch
        {
            ProductSort.Trending => query.OrderByDescending(p => p.TrendingScore).ThenByDescending(p => p.Id)
                .Select(p => new Position(ProductSort.Trending, p.TrendingScore, default, p.Id)),
            ProductSort.Top => query.OrderByDescending(p => p.UpvoteCount).ThenByDescending(p => p.Id)
                .Select(p => new Position(ProductSort.Top, p.UpvoteCount, default, p.Id)),
            ProductSort.New => query.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
                .Select(p => new Position(ProductSort.New, 0, p.PublishedAt!.Value, p.Id)),
            _ => query.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
                .Select(p => new Position(ProductSort.Created, 0, p.CreatedAt, p.Id)),
        };
        var rows = await positions.TakeInlined(page.Limit + 1).ToListAsync(ct);
        return new ProductPageSelection(
            [.. rows.Take(page.Limit).Select(r => r.Id)], rows.Count > page.Limit ? cursors.Encode(rows[page.Limit - 1]) : null);
    }

    /// <summary>
    /// <c>Take</c> with the count written into the SQL. PostgreSQL cannot cost a generic plan for a
    /// LIMIT parameter, so it would plan this statement afresh on every execution; with a constant the
    /// prepared statement keeps one plan (measured with pgbench: about 3× the throughput). EF Core then
    /// re-renders this small statement's SQL per call, which costs far less.
    /// </summary>
    private static IQueryable<T> TakeInlined<T>(this IQueryable<T> query, int count) =>
        query.Provider.CreateQuery<T>(Expression.Call(
            typeof(Queryable), nameof(Queryable.Take), [typeof(T)], query.Expression,
            Expression.Call(typeof(EF), nameof(EF.Constant), [typeof(int)], Expression.Constant(count))));

    /// <summary>The page of list items a selection describes.</summary>
    public static async Task<Page<ProductSummary>> LoadPageAsync(
        this VitrinDbContext db, ProductPageSelection selection, long? viewerId, CancellationToken ct)
    {
        var items = await db.LoadSummariesAsync(selection.Ids, viewerId, ct);
        return new Page<ProductSummary>([.. selection.Ids.Where(items.ContainsKey).Select(id => items[id])], selection.NextCursor);
    }

    public static async Task<Page<ProductSummary>> PageAsync(
        this IQueryable<Product> query, VitrinDbContext db, ProductSort sort, PageRequest page, long? viewerId,
        CursorCodec cursors, CancellationToken ct) =>
        await db.LoadPageAsync(await query.SelectPageAsync(sort, page, cursors, ct), viewerId, ct);

    /// <summary>Products published within the period before <paramref name="now"/>.</summary>
    public static IQueryable<Product> PublishedWithin(this IQueryable<Product> query, ProductPeriod period, DateTime now) => period switch
    {
        ProductPeriod.Day => query.Where(p => p.PublishedAt >= now.AddDays(-1)),
        ProductPeriod.Week => query.Where(p => p.PublishedAt >= now.AddDays(-7)),
        ProductPeriod.Month => query.Where(p => p.PublishedAt >= now.AddDays(-30)),
        ProductPeriod.Year => query.Where(p => p.PublishedAt >= now.AddDays(-365)),
        _ => query,
    };
}
