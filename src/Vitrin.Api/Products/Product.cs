using Vitrin.Api.Categories;
using Vitrin.Api.Users;

namespace Vitrin.Api.Products;

public enum ProductStatus
{
    Draft,
    Scheduled,
    Published,
    Archived,
}

public class Product
{
    public long Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public required string Tagline { get; set; }
    public string Description { get; set; } = "";
    public string DescriptionHtml { get; set; } = "";
    public string? WebsiteUrl { get; set; }
    public string? DemoUrl { get; set; }
    public long CategoryId { get; set; }
    public Category Category { get; set; } = null!;
    public long AuthorId { get; set; }
    public User Author { get; set; } = null!;
    public ProductStatus Status { get; set; }
    public DateTime? LaunchAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    /// <summary>When the maker's followers were told of the launch (set once, by a job).</summary>
    public DateTime? LaunchAnnouncedAt { get; set; }
    public bool Featured { get; set; }
    public DateTime? FeaturedAt { get; set; }

    /// <summary>Hidden by a moderator: gone from every public list, search, feed and count.</summary>
    public bool Hidden { get; set; }
    public string? LogoPath { get; set; }
    public string? ThumbnailPath { get; set; }
    public int UpvoteCount { get; set; }

    /// <summary>Sum of the upvotes' weights (new accounts' votes weigh less); feeds the trending score.</summary>
    public double VoteWeight { get; set; }
    public int CommentCount { get; set; }
    public long ViewCount { get; set; }

    /// <summary>Stored "hot" score; changes only when votes change, so it can be indexed.</summary>
    public double TrendingScore { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>
    /// The tag slugs, space separated, kept beside the tag rows so the search index (a generated
    /// column on PostgreSQL, FTS5 triggers on SQLite) can read them without a join; see Search/.
    /// </summary>
    public string SearchTags { get; set; } = "";

    public List<ProductTag> Tags { get; set; } = [];
    public List<ProductMedia> Media { get; set; } = [];
}

public class ProductMedia
{
    public long Id { get; set; }
    public long ProductId { get; set; }
    public required string Path { get; set; }
    public string? ThumbnailPath { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public string Alt { get; set; } = "";
    public int Position { get; set; }
    public DateTime CreatedAt { get; set; }
}

public enum AwardPeriod
{
    Day,
    Week,
    Month,
}

/// <summary>Product of the Day/Week/Month, recorded when a period closes.</summary>
public class ProductAward
{
    public long Id { get; set; }
    public long ProductId { get; set; }
    public AwardPeriod Period { get; set; }
    public DateOnly PeriodStart { get; set; }
    public int Rank { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>One row per viewer per product per day; the product's counter is updated in batches.</summary>
public class ProductView
{
    public long ProductId { get; set; }
    public required string ViewerKey { get; set; }
    public DateTime ViewedAt { get; set; }
}
