using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Users;

namespace Vitrin.Api.Moderation;

/// <summary>Summaries of what a page of reports points at: one query per target type, whatever the page size.</summary>
internal static class ReportTargets
{
    public const int ExcerptLength = 200;

    public static async Task<Dictionary<(ReportTargetType, long), ReportTarget>> LoadAsync(
        VitrinDbContext db, IReadOnlyList<Report> reports, CancellationToken ct)
    {
        var result = new Dictionary<(ReportTargetType, long), ReportTarget>();
        var productIds = IdsOf(reports, ReportTargetType.Product);
        if (productIds.Count > 0)
        {
            var products = await db.Products.Where(p => productIds.Contains(p.Id))
                .Select(p => new { p.Id, p.Title, p.Hidden, Author = p.Author }).AsNoTracking().ToListAsync(ct);
            foreach (var p in products)
            {
                result[(ReportTargetType.Product, p.Id)] = new ReportTarget(p.Title, null, p.Author.ToSummary(), p.Id, p.Hidden);
            }
        }

        var commentIds = IdsOf(reports, ReportTargetType.Comment);
        if (commentIds.Count > 0)
        {
            var comments = await db.Comments.Where(c => commentIds.Contains(c.Id))
                .Select(c => new { c.Id, c.ProductId, c.Body, c.Hidden, c.Deleted, c.Author }).AsNoTracking().ToListAsync(ct);
            foreach (var c in comments)
            {
                var excerpt = c.Body.Length > ExcerptLength ? c.Body[..ExcerptLength] + "…" : c.Body;
                result[(ReportTargetType.Comment, c.Id)] = new ReportTarget(null, excerpt, c.Author?.ToSummary(), c.ProductId, c.Hidden || c.Deleted);
            }
        }

        var userIds = IdsOf(reports, ReportTargetType.User);
        if (userIds.Count > 0)
        {
            var users = await db.Users.Where(u => userIds.Contains(u.Id)).AsNoTracking().ToListAsync(ct);
            foreach (var u in users)
            {
                result[(ReportTargetType.User, u.Id)] = new ReportTarget(null, null, u.ToSummary(), null, u.BannedAt != null || u.DeletedAt != null);
            }
        }

        return result;
    }

    private static List<long> IdsOf(IReadOnlyList<Report> reports, ReportTargetType type) =>
        reports.Where(r => r.TargetType == type).Select(r => r.TargetId).Distinct().ToList();
}
