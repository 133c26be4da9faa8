using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;

namespace Vitrin.Api.Products;

public sealed record LeaderboardItem(int Rank, ProductSummary Product);

public sealed record LeaderboardResponse(AwardPeriod Period, DateTime Start, DateTime End, IReadOnlyList<LeaderboardItem> Items);

/// <summary>Product Hunt's daily, weekly and monthly boards: products launched in the period, by upvotes.</summary>
public static class Leaderboard
{
    public const int DefaultLimit = 10;

    /// <summary>The UTC period containing <paramref name="date"/>; weeks start on Monday (ISO 8601).</summary>
    public static (DateTime Start, DateTime End) Bounds(AwardPeriod period, DateOnly date)
    {
        var start = period switch
        {
            AwardPeriod.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
            AwardPeriod.Month => new DateOnly(date.Year, date.Month, 1),
            _ => date,
        };
        var end = period switch
        {
            AwardPeriod.Week => start.AddDays(7),
            AwardPeriod.Month => start.AddMonths(1),
            _ => start.AddDays(1),
        };
        return (start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), end.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
    }

    public static async Task<Ok<LeaderboardResponse>> GetAsync(
        string? period, string? date, int? limit, ClaimsPrincipal user, VitrinDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var board = QueryValues.Enum<AwardPeriod>(period, "period") ?? AwardPeriod.Day;
        var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (date is not null && (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
            || day.Year is < 2000 or > 9000))
        {
            throw new QueryValidationException("date", "Must be a date as YYYY-MM-DD.");
        }

        if (limit is < 1 or > 100)
        {
            throw new QueryValidationException("limit", "Must be an integer from 1 to 100.");
        }

        var (start, end) = Bounds(board, day);
        var products = await db.Products.Listed()
            .Where(p => p.PublishedAt >= start && p.PublishedAt < end)
            .OrderByDescending(p => p.UpvoteCount).ThenBy(p => p.PublishedAt).ThenBy(p => p.Id)
            .Take(limit ?? DefaultLimit)
            .ToSummariesAsync(db, user.FindUserId(), ct);
        return TypedResults.Ok(new LeaderboardResponse(board, start, end, [.. products.Select((p, i) => new LeaderboardItem(i + 1, p))]));
    }
}
