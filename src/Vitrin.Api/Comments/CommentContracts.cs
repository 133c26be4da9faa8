using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Users;

namespace Vitrin.Api.Comments;

/// <summary><c>parentId</c> makes it a reply; it must be a visible comment of the same product.</summary>
public sealed record CreateCommentRequest(string? Body, long? ParentId);

public sealed record UpdateCommentRequest(string? Body);

/// <summary>
/// A comment with its replies. A removed (deleted or hidden) comment that still has replies is a
/// placeholder: <c>deleted: true</c>, no author, empty body, no upvotes.
/// </summary>
public sealed record CommentResponse(
    long Id,
    long ProductId,
    long? ParentId,
    UserSummary? Author,
    string Body,
    string BodyHtml,
    int UpvoteCount,
    bool ViewerHasUpvoted,
    bool Edited,
    bool Deleted,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    IReadOnlyList<CommentResponse> Replies);

/// <summary>A comment as read from the database, before it is placed in a tree.</summary>
public sealed record CommentRow(
    long Id,
    long ProductId,
    long? ParentId,
    UserSummary? Author,
    string Body,
    string BodyHtml,
    int UpvoteCount,
    bool ViewerHasUpvoted,
    bool Edited,
    bool Removed,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public CommentResponse ToResponse(IReadOnlyList<CommentResponse> replies) => Removed
        ? new(Id, ProductId, ParentId, null, "", "", 0, false, Edited, true, CreatedAt, UpdatedAt, replies)
        : new(Id, ProductId, ParentId, Author, Body, BodyHtml, UpvoteCount, ViewerHasUpvoted, Edited, false, CreatedAt, UpdatedAt, replies);
}

/// <summary>Compiled queries: the thread page is read on every product page view.</summary>
public static class CommentProjections
{
    private static readonly Func<VitrinDbContext, long, IAsyncEnumerable<CommentNode>> Outline =
        EF.CompileAsyncQuery((VitrinDbContext db, long productId) => db.Comments
            .Where(c => c.ProductId == productId)
            .Select(c => new CommentNode(c.Id, c.ParentId, c.UpvoteCount, c.Deleted || c.Hidden, c.CreatedAt)));

    /// <summary>
    /// <c>viewerHasUpvoted</c> is a correlated EXISTS on the upvote key, so any number of comments
    /// costs one query. Erased accounts show as a null author.
    /// </summary>
    private static readonly Func<VitrinDbContext, long[], long?, IAsyncEnumerable<CommentRow>> ById =
        EF.CompileAsyncQuery((VitrinDbContext db, long[] ids, long? viewerId) => db.Comments
            .Where(c => ids.Contains(c.Id))
            .Select(c => new CommentRow(
                c.Id,
                c.ProductId,
                c.ParentId,
                c.Author == null || c.Author.DeletedAt != null
                    ? null
                    : new UserSummary(c.Author.Id, c.Author.UserName!, c.Author.DisplayName, c.Author.AvatarPath == null ? null : "/media/" + c.Author.AvatarPath),
                c.Body,
                c.BodyHtml,
                c.UpvoteCount,
                viewerId != null && db.CommentUpvotes.Any(u => u.CommentId == c.Id && u.UserId == viewerId),
                c.Edited,
                c.Deleted || c.Hidden,
                c.CreatedAt,
                c.UpdatedAt)));

    /// <summary>The outline of all of a product's comments, to lay out threads with.</summary>
    public static async Task<List<CommentNode>> OutlineAsync(VitrinDbContext db, long productId, CancellationToken ct)
    {
        var nodes = new List<CommentNode>();
        await foreach (var node in Outline(db, productId).WithCancellation(ct))
        {
            nodes.Add(node);
        }

        return nodes;
    }

    /// <summary>These comments in full, by id.</summary>
    public static async Task<Dictionary<long, CommentRow>> RowsAsync(VitrinDbContext db, IReadOnlyCollection<long> ids, long? viewerId, CancellationToken ct)
    {
        var rows = new Dictionary<long, CommentRow>(ids.Count);
        if (ids.Count > 0)
        {
            await foreach (var row in ById(db, [.. ids], viewerId).WithCancellation(ct))
            {
                rows[row.Id] = row;
            }
        }

        return rows;
    }
}

public static class CommentRules
{
    public const int MaxBodyLength = 5_000;

    /// <summary>The trimmed body when it is acceptable; otherwise null with the reason in <paramref name="errors"/>.</summary>
    public static string? Body(FieldErrors errors, string? body)
    {
        if (body is null)
        {
            errors.Add("body", "The body field is required.");
            return null;
        }

        if (body.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            errors.Add("body", "Must not contain control characters.");
            return null;
        }

        var trimmed = body.Trim();
        if (trimmed.Length is 0 or > MaxBodyLength)
        {
            errors.Add("body", $"Must be between 1 and {MaxBodyLength} characters (not counting surrounding whitespace).");
            return null;
        }

        return trimmed;
    }
}
