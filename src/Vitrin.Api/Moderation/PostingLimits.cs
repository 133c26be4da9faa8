using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vitrin.Api.Data;

namespace Vitrin.Api.Moderation;

/// <summary>Anti-spam limits under <c>Spam</c>; all configurable.</summary>
public sealed class SpamOptions
{
    /// <summary>Accounts younger than this are "new" and get the tighter limits below.</summary>
    public double NewAccountHours { get; set; } = 72;
    public int NewAccountProductsPerDay { get; set; } = 3;
    public int NewAccountCommentsPerHour { get; set; } = 10;

    /// <summary>Posting a product or comment again this soon after the last one is refused (429).</summary>
    public int MinSecondsBetweenPosts { get; set; } = 5;

    public int UpvotesPerDay { get; set; } = 200;

    /// <summary>Reports one account may file per hour, whatever its age.</summary>
    public int ReportsPerHour { get; set; } = 20;

    /// <summary>Weight of a new account's upvote in the trending score (its upvote still counts in upvoteCount).</summary>
    public double NewAccountVoteWeight { get; set; } = 0.25;
}

/// <summary>
/// Counts a user's recent posts in the database, so the limits hold across API instances.
/// Each check answers null when the action may go ahead, else how long to wait. The posting checks
/// run inside the transaction that inserts the post and first take the poster's row lock (SQLite's
/// IMMEDIATE transactions hold the write lock already), so a burst of parallel posts is counted
/// one after another instead of all passing the same check.
/// </summary>
public sealed class PostingLimits(VitrinDbContext db, IOptions<SpamOptions> options, TimeProvider clock)
{
    private readonly SpamOptions _options = options.Value;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public bool IsNewAccount(DateTime accountCreatedAt) => Now - accountCreatedAt < TimeSpan.FromHours(_options.NewAccountHours);

    public double VoteWeight(DateTime accountCreatedAt) => IsNewAccount(accountCreatedAt) ? _options.NewAccountVoteWeight : 1;

    public async Task<TimeSpan?> CheckProductAsync(long userId, CancellationToken ct)
    {
        var recent = db.Products.Where(p => p.AuthorId == userId).Select(p => p.CreatedAt);
        return await CheckAsync(userId, recent, TimeSpan.FromDays(1), _options.NewAccountProductsPerDay, ct);
    }

    public async Task<TimeSpan?> CheckCommentAsync(long userId, CancellationToken ct)
    {
        var recent = db.Comments.Where(c => c.AuthorId == userId).Select(c => c.CreatedAt);
        return await CheckAsync(userId, recent, TimeSpan.FromHours(1), _options.NewAccountCommentsPerHour, ct);
    }

    public async Task<TimeSpan?> CheckReportAsync(long userId, CancellationToken ct)
    {
        await LockPosterAsync(userId, ct);
        var since = Now.AddHours(-1);
        var recent = await db.Reports.Where(r => r.ReporterId == userId && r.CreatedAt >= since)
            .OrderByDescending(r => r.CreatedAt).Select(r => r.CreatedAt).Take(Math.Max(_options.ReportsPerHour, 1)).ToListAsync(ct);
        return recent.Count >= _options.ReportsPerHour ? recent[^1].AddHours(1) - Now : null;
    }

    public async Task<TimeSpan?> CheckUpvoteAsync(long userId, CancellationToken ct)
    {
        var since = Now.AddDays(-1);
        var today = await db.ProductUpvotes.CountAsync(u => u.UserId == userId && u.CreatedAt >= since, ct)
            + await db.CommentUpvotes.CountAsync(u => u.UserId == userId && u.CreatedAt >= since, ct);
        return today >= _options.UpvotesPerDay ? TimeSpan.FromHours(1) : null;
    }

    private async Task LockPosterAsync(long userId, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Posting limits are checked inside the transaction that posts.");
        }

        if (!db.Database.IsSqlite())
        {
            await db.Database.SqlQuery<long>($"SELECT id AS \"Value\" FROM users WHERE id = {userId} FOR NO KEY UPDATE").ToListAsync(ct);
        }
    }

    private async Task<TimeSpan?> CheckAsync(long userId, IQueryable<DateTime> postTimes, TimeSpan window, int newAccountLimit, CancellationToken ct)
    {
        await LockPosterAsync(userId, ct);
        var now = Now;
        var since = now - window;
        var recent = await postTimes.Where(t => t >= since).OrderByDescending(t => t).Take(Math.Max(newAccountLimit, 1)).ToListAsync(ct);
        if (recent.Count > 0 && now - recent[0] < TimeSpan.FromSeconds(_options.MinSecondsBetweenPosts))
        {
            return TimeSpan.FromSeconds(_options.MinSecondsBetweenPosts) - (now - recent[0]);
        }

        var created = await db.Users.Where(u => u.Id == userId).Select(u => u.CreatedAt).FirstAsync(ct);
        if (IsNewAccount(created) && recent.Count >= newAccountLimit)
        {
            return recent[^1] + window - now;
        }

        return null;
    }
}
