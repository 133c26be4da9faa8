using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;

namespace Vitrin.Api.Users;

/// <summary>A user linked to something at a time: who followed, who upvoted, and when.</summary>
public sealed class UserLink
{
    public long UserId { get; init; }
    public DateTime At { get; init; }
}

/// <summary>
/// Keyset pages of the visible users behind a set of links, most recent link first; shared by
/// the followers/following and upvoters lists.
/// </summary>
public static class UserLinkPages
{
    public sealed class Row
    {
        public long UserId { get; init; }
        public required string Username { get; init; }
        public string? DisplayName { get; init; }
        public string? AvatarPath { get; init; }
        public DateTime At { get; init; }

        public UserSummary ToSummary() => new(UserId, Username, DisplayName, MediaUrls.For(AvatarPath));
    }

    private sealed record Position(DateTime At, long UserId);

    public static async Task<Page<T>> PageAsync<T>(
        this IQueryable<UserLink> links, VitrinDbContext db, PageRequest page, CursorCodec cursors, Func<Row, T> map, CancellationToken ct)
    {
        var after = page.After<Position>(cursors);
        var rows = links.Join(db.Users.Visible(), l => l.UserId, u => u.Id, (l, u) => new Row
        {
            UserId = u.Id,
            Username = u.UserName!,
            DisplayName = u.DisplayName,
            AvatarPath = u.AvatarPath,
            At = l.At,
        });
        if (after is not null)
        {
            rows = rows.Where(r => r.At < after.At || (r.At == after.At && r.UserId < after.UserId));
        }

        var list = await rows.OrderByDescending(r => r.At).ThenByDescending(r => r.UserId).Take(page.Limit + 1).ToListAsync(ct);
        return cursors.Page(list, page.Limit, r => new Position(r.At, r.UserId), map);
    }
}
