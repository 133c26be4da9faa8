using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Products;

namespace Vitrin.Api.Users;

/// <summary>Declared in the order ties are broken (a later kind first), which the cursor relies on.</summary>
public enum ActivityType
{
    Launched,
    Upvoted,
    Commented,
    Followed,
}

/// <summary>A comment reference: its id and the start of its Markdown body.</summary>
public sealed record CommentExcerpt(long Id, string Excerpt)
{
    public const int MaxLength = 140;

    /// <summary>The body with whitespace collapsed, cut to at most <see cref="MaxLength"/> characters (ending in "…" when cut).</summary>
    public static CommentExcerpt From(long id, string body)
    {
        var text = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > MaxLength)
        {
            var cut = char.IsHighSurrogate(text[MaxLength - 2]) ? MaxLength - 2 : MaxLength - 1;
            text = text[..cut].TrimEnd() + "…";
        }

        return new CommentExcerpt(id, text);
    }
}

/// <summary>One activity item; <c>product</c>, <c>comment</c> and <c>user</c> are null where they do not apply.</summary>
public sealed record ActivityResponse(ActivityType Type, DateTime CreatedAt, ProductSummary? Product, CommentExcerpt? Comment, UserSummary? User);

/// <summary>
/// GET /users/{username}/activity: four sources (launches, upvotes, comments, follows), each read as a
/// keyset page after the cursor, merged in memory. Order and cursor are (createdAt, type, id), descending.
/// </summary>
public static class UserActivity
{
    private sealed record Position(DateTime At, ActivityType Type, long Id);

    /// <summary>A source row; <c>Id</c> is the product, comment or followed user, unique within its type.</summary>
    private sealed class Row
    {
        public DateTime At { get; init; }
        public long Id { get; init; }
        public long? ProductId { get; init; }
        public string? Body { get; init; }
    }

    private sealed record Entry(ActivityType Type, Row Row);

    public static async Task<Results<Ok<Page<ActivityResponse>>, ProblemHttpResult>> List(
        string username, PageRequest page, VitrinDbContext db, CursorCodec cursors, ClaimsPrincipal principal, CancellationToken ct)
    {
        var after = page.After<Position>(cursors);
        if (after is not null && !Enum.IsDefined(after.Type))
        {
            throw new QueryValidationException("cursor", "The cursor is invalid; start again from the first page.");
        }

        if (await db.FindVisibleUserIdAsync(username, ct) is not { } userId)
        {
            return UserLookup.NotFound();
        }

        var listed = db.Products.Listed();
        var take = page.Limit + 1;
        var entries = new List<Entry>();
        entries.AddRange(await ReadAsync(ActivityType.Launched, listed.Where(p => p.AuthorId == userId)
            .Select(p => new Row { At = p.PublishedAt!.Value, Id = p.Id, ProductId = p.Id }), after, take, ct));
        entries.AddRange(await ReadAsync(ActivityType.Upvoted, db.ProductUpvotes.Where(v => v.UserId == userId)
            .Join(listed, v => v.ProductId, p => p.Id, (v, _) => new Row { At = v.CreatedAt, Id = v.ProductId, ProductId = v.ProductId }),
            after, take, ct));
        entries.AddRange(await ReadAsync(ActivityType.Commented, db.Comments.Where(c => c.AuthorId == userId && !c.Deleted && !c.Hidden)
            .Join(listed, c => c.ProductId, p => p.Id, (c, _) => new Row { At = c.CreatedAt, Id = c.Id, ProductId = c.ProductId, Body = c.Body }),
            after, take, ct));
        entries.AddRange(await ReadAsync(ActivityType.Followed, db.UserFollows.Where(f => f.FollowerId == userId)
            .Join(db.Users.Visible(), f => f.FolloweeId, u => u.Id, (f, _) => new Row { At = f.CreatedAt, Id = f.FolloweeId }),
            after, take, ct));

        // Each source holds its first limit + 1 rows after the cursor, so the merged first limit + 1 are the true next rows.
        var merged = entries.OrderByDescending(e => e.Row.At).ThenByDescending(e => e.Type).ThenByDescending(e => e.Row.Id).Take(take).ToList();
        var shown = merged.Take(page.Limit).ToList();

        var viewerId = principal.FindUserId();
        var products = await db.LoadSummariesAsync(shown.Where(e => e.Row.ProductId is not null).Select(e => e.Row.ProductId!.Value), viewerId, ct);
        var followedIds = shown.Where(e => e.Type == ActivityType.Followed).Select(e => e.Row.Id).ToList();
        var users = followedIds.Count == 0
            ? []
            : await db.Users.Where(u => followedIds.Contains(u.Id))
                .Select(u => new UserSummary(u.Id, u.UserName!, u.DisplayName, u.AvatarPath == null ? null : "/media/" + u.AvatarPath))
                .ToDictionaryAsync(u => u.Id, ct);

        var items = new List<ActivityResponse>(shown.Count);
        foreach (var (type, row) in shown)
        {
            var product = row.ProductId is { } productId ? products.GetValueOrDefault(productId) : null;
            var user = type == ActivityType.Followed ? users.GetValueOrDefault(row.Id) : null;
            if (product is null && user is null)
            {
                continue; // Unpublished or removed between the two reads.
            }

            var comment = type == ActivityType.Commented ? CommentExcerpt.From(row.Id, row.Body ?? "") : null;
            items.Add(new ActivityResponse(type, row.At, product, comment, user));
        }

        var next = merged.Count > page.Limit ? shown[^1] : null;
        return TypedResults.Ok(new Page<ActivityResponse>(items, next is null ? null : cursors.Encode(new Position(next.Row.At, next.Type, next.Row.Id))));
    }

    private static async Task<IEnumerable<Entry>> ReadAsync(ActivityType type, IQueryable<Row> rows, Position? after, int take, CancellationToken ct)
    {
        if (after is not null)
        {
            // Rows of a kind that sorts after the cursor's kind may share its timestamp; earlier kinds may not.
            rows = type.CompareTo(after.Type) switch
            {
                < 0 => rows.Where(r => r.At <= after.At),
                0 => rows.Where(r => r.At < after.At || (r.At == after.At && r.Id < after.Id)),
                _ => rows.Where(r => r.At < after.At),
            };
        }

        var list = await rows.OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Take(take).AsNoTracking().ToListAsync(ct);
        return list.Select(r => new Entry(type, r));
    }
}
