using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vitrin.Api.Data;
using Vitrin.Api.Email;

namespace Vitrin.Api.Notifications;

/// <summary>
/// The opt-in daily digest: unread notifications that arrived since the user's last digest, emailed
/// to confirmed accounts with <see cref="Users.User.EmailDigest"/> on. The daily job enqueues one job
/// per recipient, so one failing address is retried alone. Delivery is at least once: a crash between
/// sending and recording <see cref="Users.User.DigestSentAt"/> sends that digest again.
/// </summary>
public sealed partial class NotificationDigest(
    VitrinDbContext db, EmailSender email, IBackgroundJobClient jobs, TimeProvider clock, IOptions<EmailOptions> options,
    ILogger<NotificationDigest> logger)
{
    public const int MaxItems = 20;

    /// <summary>Unread notifications older than this are left out of a first digest.</summary>
    public static readonly TimeSpan Lookback = TimeSpan.FromDays(7);

    public async Task<int> EnqueueDueAsync(CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime - Lookback;
        var due = await Recipients()
            .Where(u => db.Notifications.Any(n => n.RecipientId == u.Id && !n.Read && n.CreatedAt > since && n.CreatedAt > (u.DigestSentAt ?? since)))
            .Select(u => u.Id).ToListAsync(ct);
        foreach (var id in due)
        {
            jobs.Enqueue<NotificationDigest>(j => j.SendAsync(id, CancellationToken.None));
        }

        return due.Count;
    }

    public async Task SendAsync(long userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - Lookback;
        var user = await Recipients().AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return;
        }

        var after = user.DigestSentAt is { } sent && sent > since ? sent : since;
        var items = await (
            from n in db.Notifications
            where n.RecipientId == userId && !n.Read && n.CreatedAt > after
            orderby n.CreatedAt descending
            select new
            {
                n.Type,
                n.EventCount,
                Actor = db.Users.Where(a => a.Id == n.ActorId && a.DeletedAt == null).Select(a => a.UserName).FirstOrDefault(),
                Product = db.Products.Where(p => p.Id == n.ProductId && !p.Hidden).Select(p => new { p.Title, p.Slug }).FirstOrDefault(),
            }).Take(MaxItems).ToListAsync(ct);
        if (items.Count == 0)
        {
            return;
        }

        var app = options.Value.Origin();
        var lines = items.Select(i => (Text: 
            Describe(i.Type, i.Actor ?? "Someone", i.Product?.Title ?? "a product", i.EventCount),
            Url: (string?)(i.Product is null ? $"{app}/notifications" : $"{app}/p/{i.Product.Slug}"))).ToList();
        await email.SendAsync(EmailTemplates.Build(user.Email!, $"Your Vitrin digest: {items.Count} new notification{(items.Count == 1 ? "" : "s")}",
            [$"Hi {user.DisplayName ?? user.UserName}, here is what happened since your last digest."],
            ("See all notifications", $"{app}/notifications"), lines), ct);
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.DigestSentAt, now), ct);
        LogSent(logger, userId, items.Count);
    }

    private IQueryable<Users.User> Recipients() =>
        db.Users.Where(u => u.EmailDigest && u.EmailConfirmed && u.Email != null && u.DeletedAt == null && u.BannedAt == null);

    public static string Describe(NotificationType type, string actor, string product, int count) => type switch
    {
        NotificationType.CommentOnProduct => $"{actor} commented on {product}",
        NotificationType.ReplyToComment => $"{actor} replied to your comment on {product}",
        NotificationType.NewFollower => $"{actor} followed you",
        NotificationType.ProductUpvoted when count > 1 => $"{actor} and {count - 1} other(s) upvoted {product}",
        NotificationType.ProductUpvoted => $"{actor} upvoted {product}",
        NotificationType.FollowedMakerLaunched => $"{actor} launched {product}",
        NotificationType.Mention => $"{actor} mentioned you on {product}",
        _ => $"New activity on {product}",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest of {Count} notification(s) sent to user {UserId}")]
    private static partial void LogSent(ILogger logger, long userId, int count);
}
