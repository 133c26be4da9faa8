using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;

namespace Vitrin.Api.Comments;

/// <summary>
/// <see cref="Products.Product.CommentCount"/> counts a product's comments that are neither deleted
/// nor hidden. Every change moves it by an atomic increment in the same transaction as the change.
/// </summary>
public static class CommentCounts
{
    public static Task AdjustAsync(VitrinDbContext db, long productId, int delta, CancellationToken ct) =>
        delta == 0
            ? Task.CompletedTask
            : db.Products.Where(p => p.Id == productId).ExecuteUpdateAsync(s => s.SetProperty(p => p.CommentCount, p => p.CommentCount + delta), ct);

    /// <summary>Whether a comment counts towards its product's comment count.</summary>
    public static bool Counts(Comment comment) => !comment.Deleted && !comment.Hidden;
}
