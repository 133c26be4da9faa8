using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Products;

namespace Vitrin.Api.Upvotes;

/// <summary>
/// The few product columns the visibility rules need, read without the description and HTML
/// (votes are a hot path). The rules themselves stay in <see cref="ProductsApi.CanSee"/>.
/// </summary>
internal sealed record ProductAccess(long AuthorId, ProductStatus Status, bool Hidden)
{
    /// <summary>Published and not hidden: the only state that takes new votes.</summary>
    public bool Listed => Status == ProductStatus.Published && !Hidden;

    public bool VisibleTo(ClaimsPrincipal user) =>
        ProductsApi.CanSee(user, new Product { Slug = "", Title = "", Tagline = "", AuthorId = AuthorId, Status = Status, Hidden = Hidden });
}

/// <summary>A comment that can take votes (not deleted, not hidden) and its product's visibility.</summary>
internal sealed record CommentAccess(long? AuthorId, long ProductId, ProductAccess Product);

/// <summary>
/// Reads what a vote is cast on. The <c>Lock…</c> variants run first in a vote's transaction and take
/// the target's row lock on PostgreSQL (SQLite's IMMEDIATE transactions already hold the write lock),
/// so every vote change on one target queues on that lock before it touches a vote row. With one lock
/// order for everyone, toggles cannot deadlock each other, nor a deletion of the product or comment.
/// </summary>
internal static class VoteTargets
{
    public static Task<ProductAccess?> ProductAsync(VitrinDbContext db, long id, CancellationToken ct) =>
        Project(db.Products, id, ct);

    public static Task<ProductAccess?> LockProductAsync(VitrinDbContext db, long id, CancellationToken ct) =>
        Project(db.Database.IsSqlite() ? db.Products : db.Products.FromSql($"SELECT * FROM products WHERE id = {id} FOR NO KEY UPDATE"), id, ct);

    public static Task<CommentAccess?> LockCommentAsync(VitrinDbContext db, long id, CancellationToken ct)
    {
        var comments = db.Database.IsSqlite() ? db.Comments : db.Comments.FromSql($"SELECT * FROM comments WHERE id = {id} FOR NO KEY UPDATE");
        return comments.Where(c => c.Id == id && !c.Deleted && !c.Hidden)
            .Join(db.Products, c => c.ProductId, p => p.Id, (c, p) => new CommentAccess(c.AuthorId, p.Id, new ProductAccess(p.AuthorId, p.Status, p.Hidden)))
            .FirstOrDefaultAsync(ct);
    }

    private static Task<ProductAccess?> Project(IQueryable<Product> products, long id, CancellationToken ct) =>
        products.Where(p => p.Id == id).Select(p => new ProductAccess(p.AuthorId, p.Status, p.Hidden)).FirstOrDefaultAsync(ct);
}
