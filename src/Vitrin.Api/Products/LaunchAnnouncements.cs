using Hangfire;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Notifications;

namespace Vitrin.Api.Products;

/// <summary>
/// Tells a maker's followers about a launch, once. Writers enqueue <see cref="AnnounceAsync"/> after
/// their transaction commits (Hangfire's storage cannot join it); <see cref="AnnounceDueAsync"/>, a
/// recurring job, catches launches whose enqueue never happened: scheduled launches and a crash
/// between commit and enqueue. <see cref="Product.LaunchAnnouncedAt"/> is claimed in the same
/// transaction as the notifications, so retries and races fan out exactly once.
/// </summary>
public sealed partial class LaunchAnnouncements(VitrinDbContext db, TimeProvider clock, ILogger<LaunchAnnouncements> logger)
{
    /// <summary>Launches older than this are not announced by the sweep (too late to be news).</summary>
    public static readonly TimeSpan SweepWindow = TimeSpan.FromDays(2);

    /// <summary>Enqueues the announcement for a product the caller has just committed as published.</summary>
    public static void EnqueueIfDue(IBackgroundJobClient jobs, Product product)
    {
        if (product is { Status: ProductStatus.Published, LaunchAnnouncedAt: null })
        {
            jobs.Enqueue<LaunchAnnouncements>(j => j.AnnounceAsync(product.Id, CancellationToken.None));
        }
    }

    /// <summary>Fans out one product's launch; does nothing if it was announced already or is not published.</summary>
    public async Task AnnounceAsync(long productId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.Products
            .Where(p => p.Id == productId && p.Status == ProductStatus.Published && p.LaunchAnnouncedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LaunchAnnouncedAt, now), ct);
        if (claimed == 0)
        {
            return;
        }

        var makerId = await db.Products.Where(p => p.Id == productId).Select(p => p.AuthorId).FirstAsync(ct);
        var count = await new Notifier(db, clock).FollowedMakerLaunchedAsync(makerId, productId, ct);
        await transaction.CommitAsync(ct);
        LogAnnounced(logger, productId, count);
    }

    /// <summary>Announces every recent launch not announced yet.</summary>
    public async Task AnnounceDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - SweepWindow;
        var due = await db.Products
            .Where(p => p.Status == ProductStatus.Published && p.LaunchAnnouncedAt == null && p.PublishedAt <= now && p.PublishedAt >= since)
            .OrderBy(p => p.PublishedAt).Select(p => p.Id).Take(500).ToListAsync(ct);
        foreach (var id in due)
        {
            await AnnounceAsync(id, ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Launch of product {ProductId} announced to {Count} follower(s)")]
    private static partial void LogAnnounced(ILogger logger, long productId, int count);
}
