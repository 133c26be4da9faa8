using Vitrin.Api.Users;

namespace Vitrin.Api.Products;

public sealed record CategoryRef(long Id, string Slug, string Name, string Icon, string Color);

public record ProductSummary(
    long Id,
    string Slug,
    string Title,
    string Tagline,
    string? ThumbnailUrl,
    CategoryRef Category,
    IReadOnlyList<string> Tags,
    UserSummary Author,
    ProductStatus Status,
    bool Featured,
    int UpvoteCount,
    int CommentCount,
    long ViewCount,
    bool ViewerHasUpvoted,
    DateTime? PublishedAt,
    DateTime CreatedAt)
{
    /// <summary>The stored trending score, carried for keyset cursors; not part of the JSON.</summary>
    internal double TrendingScore { get; init; }
}

public sealed record MediaResponse(long Id, string Url, string? ThumbnailUrl, int Width, int Height, string Alt, int Position);

/// <summary>The product page: the summary plus description, links and gallery.</summary>
public sealed record ProductResponse : ProductSummary
{
    public ProductResponse(ProductSummary summary, Product product, IReadOnlyList<MediaResponse> gallery)
        : base(summary)
    {
        Description = product.Description;
        DescriptionHtml = product.DescriptionHtml;
        WebsiteUrl = product.WebsiteUrl;
        DemoUrl = product.DemoUrl;
        Gallery = gallery;
        UpdatedAt = product.UpdatedAt;
        LaunchAt = product.LaunchAt;
    }

    public string Description { get; init; }
    public string DescriptionHtml { get; init; }
    public string? WebsiteUrl { get; init; }
    public string? DemoUrl { get; init; }
    public IReadOnlyList<MediaResponse> Gallery { get; init; }
    public DateTime UpdatedAt { get; init; }
    public DateTime? LaunchAt { get; init; }

    /// <summary>Product of the Day/Week/Month places (rank 1–3), newest first; date is the period's first day.</summary>
    public IReadOnlyList<AwardResponse> Awards { get; init; } = [];
}

public sealed record CreateProductRequest(
    string? Title,
    string? Tagline,
    string? Description,
    string? WebsiteUrl,
    string? DemoUrl,
    string? Category,
    IReadOnlyList<string>? Tags,
    ProductStatus? Status,
    DateTime? LaunchAt);

/// <summary>Any of the create fields; absent fields stay as they are, <c>demoUrl: null</c> clears it.</summary>
public sealed record UpdateProductRequest(
    string? Title,
    string? Tagline,
    string? Description,
    string? WebsiteUrl,
    string? DemoUrl,
    string? Category,
    IReadOnlyList<string>? Tags,
    ProductStatus? Status,
    DateTime? LaunchAt);

public static class ProductProjections
{
    /// <summary>Products anyone may see in lists, search, feeds and counts.</summary>
    public static IQueryable<Product> Listed(this IQueryable<Product> products) =>
        products.Where(p => p.Status == ProductStatus.Published && !p.Hidden);
}
