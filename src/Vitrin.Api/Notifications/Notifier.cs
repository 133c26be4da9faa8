using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;

namespace Vitrin.Api.Notifications;

/// <summary>
/// Creates notifications inside the caller's transaction (the caller saves), so a notification
/// exists exactly when the action that caused it does. Nobody is notified of their own actions.
/// </summary>
public sealed partial class Notifier(VitrinDbContext db, TimeProvider clock)
{
    public const int MaxMentions = 10;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public void Notify(long recipientId, NotificationType type, long actorId, long? productId = null, long? commentId = null)
    {
        if (recipientId == actorId)
        {
            return;
        }

        db.Notifications.Add(new Notification
        {
            RecipientId = recipientId,
            Type = type,
            ActorId = actorId,
            ProductId = productId,
            CommentId = commentId,
            CreatedAt = Now,
            UpdatedAt = Now,
        });
    }

    /// <summary>
    /// Upvotes fold into one unread notification per product: a new vote bumps its count and
    /// latest voter instead of adding a row per vote.
    /// </summary>
    public async Task ProductUpvotedAsync(long makerId, long voterId, long productId, CancellationToken ct)
    {
        if (makerId == voterId)
        {
            return;
        }

        var now = Now;
        var folded = await db.Notifications
            .Where(n => n.RecipientId == makerId && n.Type == NotificationType.ProductUpvoted && n.ProductId == productId && !n.Read)
            .ExecuteUpdateAsync(s => s
                .SetProperty(n => n.EventCount, n => n.EventCount + 1)
                .SetProperty(n => n.ActorId, voterId)
                .SetProperty(n => n.UpdatedAt, now), ct);
        if (folded == 0)
        {
            Notify(makerId, NotificationType.ProductUpvoted, voterId, productId);
        }
    }

    /// <summary>Notifies users named as <c>@username</c> in <paramref name="text"/>, except those in <paramref name="skip"/>.</summary>
    public async Task MentionsAsync(string text, long actorId, long? productId, long? commentId, IReadOnlyCollection<long> skip, CancellationToken ct)
    {
        var names = MentionedUsernames(text);
        if (names.Count == 0)
        {
            return;
        }

        var recipients = await db.Users
            .Where(u => names.Contains(u.NormalizedUserName!) && u.DeletedAt == null && u.BannedAt == null)
            .Select(u => u.Id).ToListAsync(ct);
        foreach (var id in recipients.Where(id => !skip.Contains(id)))
        {
            Notify(id, NotificationType.Mention, actorId, productId, commentId);
        }
    }

    /// <summary>Tells every follower of the maker about a launch, in one INSERT … SELECT.</summary>
    public Task<int> FollowedMakerLaunchedAsync(long makerId, long productId, CancellationToken ct)
    {
        var now = Now;
        var type = Infrastructure.QueryValues.SnakeName(NotificationType.FollowedMakerLaunched);
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO notifications (recipient_id, type, actor_id, product_id, event_count, read, created_at, updated_at)
            SELECT f.follower_id, {type}, {makerId}, {productId}, 1, FALSE, {now}, {now}
            FROM user_follows f WHERE f.followee_id = {makerId} AND f.follower_id <> {makerId}
            """, ct);
    }

    /// <summary>Normalized (upper-case) usernames mentioned as <c>@name</c>, at most <see cref="MaxMentions"/>.</summary>
    public static IReadOnlyList<string> MentionedUsernames(string text) =>
        [.. MentionPattern().Matches(text).Select(m => m.Groups[1].Value.ToUpperInvariant()).Distinct().Take(MaxMentions)];

    [GeneratedRegex(@"(?<![\w@/])@([A-Za-z0-9_]{3,30})\b")]
    private static partial Regex MentionPattern();
}
