using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Users;

namespace Vitrin.Api.Moderation;

/// <summary>The public record of moderator actions (as on Lobsters): every action adds one entry in its own transaction.</summary>
public static class ModerationLog
{
    public const string Hide = "hide";
    public const string Unhide = "unhide";
    public const string Dismiss = "dismiss";

    /// <summary>A moderator deleting someone else's comment (written by the comments API).</summary>
    public const string Delete = "delete";
    public const string Ban = "ban";
    public const string Unban = "unban";
    public const string GrantRole = "grant_role";
    public const string RevokeRole = "revoke_role";
    public const string Feature = "feature";
    public const string Unfeature = "unfeature";

    public const int MaxReasonLength = 1000;

    /// <summary>Adds an entry to the context; the caller saves it with the action it records.</summary>
    public static void Record(
        VitrinDbContext db, long moderatorId, string action, ReportTargetType targetType, long targetId, string? reason, DateTime now) =>
        db.ModerationLog.Add(new ModerationLogEntry
        {
            ModeratorId = moderatorId,
            Action = action,
            TargetType = targetType,
            TargetId = targetId,
            Reason = reason,
            CreatedAt = now,
        });

    /// <summary>An optional free-text reason or note: trimmed, empty means none, at most 1000 characters.</summary>
    public static string? Reason(FieldErrors errors, string field, string? value)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return errors.Text(field, trimmed, 0, MaxReasonLength, required: false) ? trimmed : null;
    }

    private sealed record Position(long Id);

    public static async Task<Ok<Page<ModerationLogItem>>> List(
        PageRequest page, VitrinDbContext db, CursorCodec cursors, CancellationToken ct)
    {
        var after = page.After<Position>(cursors);
        var entries = db.ModerationLog.AsQueryable();
        if (after is not null)
        {
            entries = entries.Where(e => e.Id < after.Id);
        }

        // Ids grow with time, so the primary key orders the log newest first.
        var rows = await entries.OrderByDescending(e => e.Id).Take(page.Limit + 1)
            .Join(db.Users, e => e.ModeratorId, u => u.Id, (e, u) => new
            {
                e.Id,
                Item = new ModerationLogItem(e.Action, e.TargetType, e.TargetId,
                    new UserSummary(u.Id, u.UserName!, u.DisplayName, u.AvatarPath == null ? null : "/media/" + u.AvatarPath),
                    e.Reason, e.CreatedAt),
            })
            .OrderByDescending(r => r.Id)
            .AsNoTracking().ToListAsync(ct);
        return TypedResults.Ok(cursors.Page(rows, page.Limit, r => new Position(r.Id), r => r.Item));
    }
}
