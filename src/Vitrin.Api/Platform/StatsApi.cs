using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Categories;
using Vitrin.Api.Caching;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Products;

namespace Vitrin.Api.Platform;

public sealed record StatsResponse(
    int Products, int Users, int Categories, int Tags, IReadOnlyList<ProductSummary> Trending, IReadOnlyList<CategoryResponse> TopCategories);

public static class StatsApi
{
    private const int TopCount = 5;

    public static RouteGroupBuilder MapStatsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/stats", GetStats).WithName("GetStats").WithTags("Platform")
            .WithSummary("Site-wide numbers, trending products and top categories for the home page")
            .WithDescription(
                "products: published, visible products. users: accounts neither deleted nor banned. categories: all categories. " +
                "tags: tags at least one listed product carries. trending: the first 5 of the trending list. topCategories: the 5 " +
                "categories with the most listed products (ties in the category list's order).");
        return api;
    }

    private static async Task<Results<Ok<StatsResponse>, CachedJson<StatsResponse>>> GetStats(
        ClaimsPrincipal user, VitrinDbContext db, PublicCache cache, CancellationToken ct)
    {
        var viewerId = user.FindUserId();
        if (viewerId is not null)
        {
            return TypedResults.Ok(await LoadAsync(db, viewerId, ct));
        }

        return await cache.GetOrCreateAsync(
            "stats", [CacheTags.Stats, CacheTags.ProductLists, CacheTags.Categories], (fresh, token) => LoadAsync(fresh, null, token), ct);
    }

    private static async Task<StatsResponse> LoadAsync(VitrinDbContext db, long? viewerId, CancellationToken ct)
    {
        var products = await db.Products.Listed().CountAsync(ct);
        var users = await db.Users.CountAsync(u => u.DeletedAt == null && u.BannedAt == null, ct);
        var categories = await db.Categories.CountAsync(ct);
        var tags = await db.Tags.CountAsync(t => t.ProductCount > 0, ct);
        var trending = await db.Products.Listed().OrderByDescending(p => p.TrendingScore).ThenByDescending(p => p.Id).Take(TopCount)
            .ToSummariesAsync(db, viewerId, ct);
        var topCategories = await db.WithProductCounts().MostProductsFirst().Take(TopCount)
            .Select(CategoryProjections.Response(db, viewerId)).AsNoTracking().ToListAsync(ct);
        return new StatsResponse(products, users, categories, tags, trending, topCategories);
    }
}
