using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;

namespace Vitrin.Api.Products;

public sealed record AwardResponse(AwardPeriod Period, int Rank, DateOnly Date);

/// <summary>
/// Product of the Day/Week/Month: when a period closes, its top <see cref="Places"/> on the
/// leaderboard are recorded. Recording a period twice changes nothing (checked, and backed by the
/// unique index on period, start and rank).
/// </summary>
public sealed partial class LeaderboardAwards(
    VitrinDbContext db, Caching.CacheInvalidation invalidation, TimeProvider clock, ILogger<LeaderboardAwards> logger)
{
    public const int Places = 3;

    /// <summary>Records the period before the one that contains now (the recurring jobs' entry point).</summary>
    public Task<int> RecordPreviousAsync(AwardPeriod period, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (currentStart, _) = Leaderboard.Bounds(period, today);
        var previous = DateOnly.FromDateTime(currentStart).AddDays(-1);
        return RecordAsync(period, previous, ct);
    }

    /// <summary>Records the awards of the period containing <paramref name="date"/>; returns how many were added.</summary>
    public async Task<int> RecordAsync(AwardPeriod period, DateOnly date, CancellationToken ct)
    {
        var (start, end) = Leaderboard.Bounds(period, date);
        var periodStart = DateOnly.FromDateTime(start);
        if (end > clock.GetUtcNow().UtcDateTime || await db.ProductAwards.AnyAsync(a => a.Period == period && a.PeriodStart == periodStart, ct))
        {
            return 0;
        }

        var winners = await db.Products.Listed()
            .Where(p => p.PublishedAt >= start && p.PublishedAt < end && p.UpvoteCount > 0)
            .OrderByDescending(p => p.UpvoteCount).ThenBy(p => p.PublishedAt).ThenBy(p => p.Id)
            .Select(p => p.Id).Take(Places).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        db.ProductAwards.AddRange(winners.Select((id, i) => new ProductAward
        {
            ProductId = id, Period = period, PeriodStart = periodStart, Rank = i + 1, CreatedAt = now,
        }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (ConstraintViolations.IsUnique(e))
        {
            // Another run recorded this period first.
            return 0;
        }

        foreach (var id in winners)
        {
            await invalidation.ProductChangedAsync(id, listsChanged: false);
        }

        LogRecorded(logger, period, periodStart, winners.Count);
        return winners.Count;
    }

    /// <summary>A product's awards, newest first.</summary>
    public static async Task<IReadOnlyList<AwardResponse>> ForProductAsync(VitrinDbContext db, long productId, CancellationToken ct) =>
        await db.ProductAwards.AsNoTracking().Where(a => a.ProductId == productId)
            .OrderByDescending(a => a.PeriodStart).ThenBy(a => a.Period)
            .Select(a => new AwardResponse(a.Period, a.Rank, a.PeriodStart)).ToListAsync(ct);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recorded {Count} {Period} award(s) for the period starting {Start}")]
    private static partial void LogRecorded(ILogger logger, AwardPeriod period, DateOnly start, int count);
}
