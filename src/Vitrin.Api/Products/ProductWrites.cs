using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Notifications;

namespace Vitrin.Api.Products;

/// <summary>Steps shared by every write to a product; callers run them inside one transaction.</summary>
public static class ProductWrites
{
    /// <summary>
    /// Takes the product's row lock (PostgreSQL) or the write lock (SQLite) before reading it, so
    /// concurrent writes to one product apply one after the other. False when there is no such product.
    /// </summary>
    public static async Task<bool> LockAsync(VitrinDbContext db, long id, DateTime now, CancellationToken ct) =>
        await db.Products.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedAt, now), ct) == 1;

    public static Task<Product?> LoadAsync(VitrinDbContext db, long id, CancellationToken ct) =>
        db.Products.Include(p => p.Tags).ThenInclude(t => t.Tag).FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>A slug from the title that no other product has.</summary>
    public static async Task<string> UniqueSlugAsync(VitrinDbContext db, string title, long? exceptId, CancellationToken ct)
    {
        var root = Slugs.FromTitle(title);
        var taken = await db.Products.Where(p => p.Slug.StartsWith(root) && p.Id != exceptId).Select(p => p.Slug).ToListAsync(ct);
        var slug = root;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = Slugs.WithSuffix(root, n);
        }

        return slug;
    }

    /// <summary>Replaces the product's tags with these slugs, creating tags on first use.</summary>
    public static async Task SetTagsAsync(VitrinDbContext db, Product product, IReadOnlyList<string> slugs, DateTime now, CancellationToken ct)
    {
        // Insert-if-absent, so two products introducing the same new tag at once both succeed.
        foreach (var slug in slugs)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO tags (slug, product_count, created_at) VALUES ({slug}, 0, {now}) ON CONFLICT (slug) DO NOTHING", ct);
        }

        var tags = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToListAsync(ct);
        product.Tags.RemoveAll(pt => !slugs.Contains(pt.Tag.Slug));
        foreach (var tag in tags.Where(t => product.Tags.All(pt => pt.Tag.Slug != t.Slug)))
        {
            product.Tags.Add(new ProductTag { Tag = tag });
        }

        // Saved with the tag rows, so the search index changes in the same transaction.
        product.SearchTags = Search.SearchText.TagText(slugs);
    }

    /// <summary>A snapshot of what a product contributes to tag counts.</summary>
    public static (bool Listed, long[] TagIds) Contribution(Product product) =>
        (product.Status == ProductStatus.Published && !product.Hidden, product.Tags.Select(t => t.TagId).ToArray());

    /// <summary>
    /// Moves <see cref="Tag.ProductCount"/> by the difference between two contributions. Increments,
    /// not recounts, so concurrent writes to different products cannot lose each other's changes.
    /// </summary>
    public static async Task AdjustTagCountsAsync(VitrinDbContext db, (bool Listed, long[] TagIds) before, (bool Listed, long[] TagIds) after, CancellationToken ct)
    {
        var removed = (before.Listed ? before.TagIds : []).Except(after.Listed ? after.TagIds : []).ToArray();
        var added = (after.Listed ? after.TagIds : []).Except(before.Listed ? before.TagIds : []).ToArray();
        if (removed.Length + added.Length > 0)
        {
            // One statement, so concurrent edits lock the tag rows in one order and cannot deadlock.
            var changed = removed.Concat(added).ToArray();
            await db.Tags.Where(t => changed.Contains(t.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ProductCount, t => t.ProductCount + (added.Contains(t.Id) ? 1 : -1)), ct);
        }
    }

    /// <summary>
    /// Applies a status move's side effects: publish time, launch time and trending score.
    /// True when this is the product's first launch.
    /// </summary>
    public static bool ApplyStatus(Product product, ProductStatus status, DateTime now)
    {
        var firstLaunch = status == ProductStatus.Published && product.PublishedAt is null;
        product.Status = status;
        switch (status)
        {
            case ProductStatus.Published:
                // A republished product keeps its original launch date; a scheduled one launches at its time.
                product.PublishedAt ??= product.LaunchAt is { } launch && launch <= now ? launch : now;
                product.LaunchAt = null;
                product.TrendingScore = Ranking.HotScore(product.VoteWeight, product.PublishedAt.Value);
                break;
            case ProductStatus.Draft:
                product.LaunchAt = null;
                break;
        }

        return firstLaunch;
    }

    /// <summary>
    /// A first launch tells anyone the description mentions; the maker's followers hear of it from a
    /// job (<see cref="LaunchAnnouncements"/>) enqueued after commit.
    /// </summary>
    public static async Task AnnounceLaunchAsync(Notifier notifier, Product product, CancellationToken ct)
    {
        await notifier.MentionsAsync(product.Description, product.AuthorId, product.Id, null, [product.AuthorId], ct);
        Infrastructure.VitrinMetrics.Launches.Add(1);
    }
}
