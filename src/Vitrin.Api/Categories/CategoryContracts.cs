using System.Linq.Expressions;
using Vitrin.Api.Data;
using Vitrin.Api.Products;

namespace Vitrin.Api.Categories;

public sealed record CategoryResponse(
    long Id, string Slug, string Name, string Description, string Icon, string Color, int ProductCount, bool ViewerFollows);

public sealed record CreateCategoryRequest(string? Slug, string? Name, string? Description, string? Icon, string? Color);

/// <summary>Any of the create fields; absent fields stay as they are, <c>description</c>/<c>icon</c> null clears them.</summary>
public sealed record UpdateCategoryRequest(string? Slug, string? Name, string? Description, string? Icon, string? Color);

/// <summary>A category with the number of listed products in it.</summary>
public sealed class CategoryWithCount
{
    public Category Category { get; init; } = null!;
    public int ProductCount { get; init; }
}

public static class CategoryProjections
{
    /// <summary>
    /// Every category joined to one grouped count of listed products, so a whole list costs one
    /// statement; callers filter and order on <see cref="CategoryWithCount"/> before projecting.
    /// </summary>
    public static IQueryable<CategoryWithCount> WithProductCounts(this VitrinDbContext db) =>
        from c in db.Categories
        join n in db.Products.Listed().GroupBy(p => p.CategoryId).Select(g => new { CategoryId = g.Key, Count = g.Count() })
            on c.Id equals n.CategoryId into counts
        from n in counts.DefaultIfEmpty()
        select new CategoryWithCount { Category = c, ProductCount = (int?)n.Count ?? 0 };

    /// <summary>The API shape; <c>viewerFollows</c> is a correlated EXISTS in the same statement.</summary>
    public static Expression<Func<CategoryWithCount, CategoryResponse>> Response(VitrinDbContext db, long? viewerId) => x => new CategoryResponse(
        x.Category.Id,
        x.Category.Slug,
        x.Category.Name,
        x.Category.Description,
        x.Category.Icon,
        x.Category.Color,
        x.ProductCount,
        viewerId != null && db.CategoryFollows.Any(f => f.CategoryId == x.Category.Id && f.UserId == viewerId));

    /// <summary>The order of the category list: curated position, then name.</summary>
    public static IOrderedQueryable<CategoryWithCount> InListOrder(this IQueryable<CategoryWithCount> query) =>
        query.OrderBy(x => x.Category.SortOrder).ThenBy(x => x.Category.Name);

    /// <summary>Categories with the most listed products first; ties keep the list order.</summary>
    public static IOrderedQueryable<CategoryWithCount> MostProductsFirst(this IQueryable<CategoryWithCount> query) =>
        query.OrderByDescending(x => x.ProductCount).ThenBy(x => x.Category.SortOrder).ThenBy(x => x.Category.Name);
}
