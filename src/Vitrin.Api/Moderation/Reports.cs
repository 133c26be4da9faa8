using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Auth;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Products;
using Vitrin.Api.Users;

namespace Vitrin.Api.Moderation;

/// <summary>Reporting content, and the moderators' queue of reports.</summary>
public static class Reports
{
    public static async Task<Results<Created<ReportResponse>, ValidationProblem, ProblemHttpResult>> Create(
        CreateReportRequest request, ClaimsPrincipal principal, VitrinDbContext db, PostingLimits limits, HttpContext http,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (request.TargetType is null)
        {
            errors.Add("targetType", "The targetType field is required.");
        }

        if (request.TargetId is not > 0)
        {
            errors.Add("targetId", request.TargetId is null ? "The targetId field is required." : "Must be a positive id.");
        }

        if (request.Reason is null)
        {
            errors.Add("reason", "The reason field is required.");
        }

        var note = ModerationLog.Reason(errors, "note", request.Note);
        if (errors.Any)
        {
            return errors.Problem();
        }

        var me = principal.GetUserId();
        var (type, targetId) = (request.TargetType!.Value, request.TargetId!.Value);
        if (await OwnerOfVisibleTargetAsync(db, principal, type, targetId, ct) is not { } owner)
        {
            return TypedResults.Problem(title: $"No such {QueryValues.SnakeName(type)}.", statusCode: StatusCodes.Status404NotFound);
        }

        if (owner == me)
        {
            return TypedResults.Problem(title: "You cannot report yourself or your own content.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (await db.Reports.AnyAsync(r => r.ReporterId == me && r.TargetType == type && r.TargetId == targetId, ct))
        {
            return AlreadyReported();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await limits.CheckReportAsync(me, ct) is { } wait)
        {
            return Problems.TooManyRequests(http, wait, "You have filed many reports this hour; try again later.");
        }

        var report = new Report
        {
            ReporterId = me,
            TargetType = type,
            TargetId = targetId,
            Reason = request.Reason!.Value,
            Note = note,
            Status = ReportStatus.Open,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Reports.Add(report);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (ConstraintViolations.IsUnique(e))
        {
            // A concurrent duplicate got in first; the unique index keeps one report per reporter per target.
            return AlreadyReported();
        }

        return TypedResults.Created($"/api/v1/reports/{report.Id}", ToResponse(report));
    }

    public static async Task<Results<Ok<ReportResponse>, ProblemHttpResult>> Get(
        long id, ClaimsPrincipal principal, VitrinDbContext db, CancellationToken ct)
    {
        var report = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return report is not null && (report.ReporterId == principal.GetUserId() || ProductsApi.IsModerator(principal))
            ? TypedResults.Ok(ToResponse(report))
            : NotFound();
    }

    private sealed record Position(ReportStatus Status, long Id);

    public static async Task<Ok<Page<QueuedReport>>> List(
        string? status, PageRequest page, VitrinDbContext db, CursorCodec cursors, CancellationToken ct)
    {
        var wanted = QueryValues.Enum<ReportStatus>(status, "status") ?? ReportStatus.Open;
        var after = page.After<Position>(cursors);
        if (after is not null && after.Status != wanted)
        {
            throw new QueryValidationException("cursor", "The cursor belongs to another status; start again from the first page.");
        }

        // The open queue is worked oldest first; resolved reports read most recent first.
        var query = db.Reports.Where(r => r.Status == wanted);
        var oldestFirst = wanted == ReportStatus.Open;
        if (after is not null)
        {
            query = oldestFirst ? query.Where(r => r.Id > after.Id) : query.Where(r => r.Id < after.Id);
        }

        var rows = await (oldestFirst ? query.OrderBy(r => r.Id) : query.OrderByDescending(r => r.Id))
            .Take(page.Limit + 1).AsNoTracking().ToListAsync(ct);
        var userIds = rows.Select(r => r.ReporterId).Concat(rows.Where(r => r.ResolvedById != null).Select(r => r.ResolvedById!.Value))
            .Distinct().ToList();
        var users = await db.Users.Where(u => userIds.Contains(u.Id)).AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ToSummary(), ct);
        var targets = await ReportTargets.LoadAsync(db, rows.Take(page.Limit).ToList(), ct);
        return TypedResults.Ok(cursors.Page(rows, page.Limit, r => new Position(wanted, r.Id), r => new QueuedReport(
            r.Id, r.TargetType, r.TargetId, r.Reason, r.Note, r.Status, users[r.ReporterId], r.CreatedAt, r.ResolvedAt,
            r.ResolvedById is { } resolver ? users.GetValueOrDefault(resolver) : null, r.ResolutionNote,
            targets.GetValueOrDefault((r.TargetType, r.TargetId)))));
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Resolve(
        long id, ResolveReportRequest request, ClaimsPrincipal principal, VitrinDbContext db, TokenIssuer tokens,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (request.Action is null)
        {
            errors.Add("action", "The action field is required.");
        }

        var note = ModerationLog.Reason(errors, "note", request.Note);
        if (errors.Any)
        {
            return errors.Problem();
        }

        var report = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
        {
            return NotFound();
        }

        var hide = request.Action == ResolveAction.Hide;
        if (hide && report.TargetType == ReportTargetType.User
            && await AccountModeration.CheckCanModerateAsync(db, principal, report.TargetId, "ban", ct) is { } refused)
        {
            return refused;
        }

        var me = principal.GetUserId();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (hide)
        {
            // Target first, then reports: two moderators hiding the same target queue up here instead of
            // each holding one report and waiting for the other's (a deadlock on PostgreSQL).
            await ContentModeration.LockTargetAsync(db, report.TargetType, report.TargetId, now, ct);
        }

        // Claiming the report with a conditional update lets exactly one of two racing moderators resolve it.
        if (await Open(db, r => r.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, hide ? ReportStatus.Hidden : ReportStatus.Dismissed)
                .SetProperty(r => r.ResolvedById, me)
                .SetProperty(r => r.ResolvedAt, now)
                .SetProperty(r => r.ResolutionNote, note), ct) == 0)
        {
            return TypedResults.Problem(title: "This report is already resolved.", statusCode: StatusCodes.Status409Conflict);
        }

        var action = hide ? ModerationLog.Hide : ModerationLog.Dismiss;
        if (hide)
        {
            switch (report.TargetType)
            {
                case ReportTargetType.Product:
                    await ContentModeration.HideProductAsync(db, report.TargetId, now, ct);
                    break;
                case ReportTargetType.Comment:
                    await ContentModeration.HideCommentAsync(db, report.TargetId, ct);
                    break;
                default:
                    await AccountModeration.BanAsync(db, tokens, report.TargetId, now, ct);
                    action = ModerationLog.Ban;
                    break;
            }

            // Everyone else's open reports on the same content are settled by the same decision.
            await Open(db, r => r.TargetType == report.TargetType && r.TargetId == report.TargetId).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, ReportStatus.Hidden)
                .SetProperty(r => r.ResolvedById, me)
                .SetProperty(r => r.ResolvedAt, now)
                .SetProperty(r => r.ResolutionNote, note), ct);
        }

        ModerationLog.Record(db, me, action, report.TargetType, report.TargetId, note ?? QueryValues.SnakeName(report.Reason), now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.NoContent();
    }

    private static IQueryable<Report> Open(VitrinDbContext db, System.Linq.Expressions.Expression<Func<Report, bool>> filter) =>
        db.Reports.Where(r => r.Status == ReportStatus.Open).Where(filter);

    /// <summary>
    /// The account behind a target the caller may see: the product's maker, the comment's author, the user
    /// themself. Null when there is no such target or the caller may not see it (hidden, deleted, banned,
    /// someone else's draft).
    /// </summary>
    private static async Task<long?> OwnerOfVisibleTargetAsync(
        VitrinDbContext db, ClaimsPrincipal principal, ReportTargetType type, long id, CancellationToken ct)
    {
        switch (type)
        {
            case ReportTargetType.Product:
                var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
                return product is not null && ProductsApi.CanSee(principal, product) ? product.AuthorId : null;
            case ReportTargetType.Comment:
                var comment = await db.Comments.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && !c.Deleted && !c.Hidden, ct);
                var parent = comment is null ? null : await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == comment.ProductId, ct);
                // An erased author's comment belongs to nobody (0 is no user id), so anyone may report it.
                return parent is not null && ProductsApi.CanSee(principal, parent) ? comment!.AuthorId ?? 0 : null;
            default:
                return await db.Users.Visible().Where(u => u.Id == id).Select(u => (long?)u.Id).FirstOrDefaultAsync(ct);
        }
    }

    private static ReportResponse ToResponse(Report r) => new(r.Id, r.TargetType, r.TargetId, r.Reason, r.Note, r.Status, r.CreatedAt);

    private static ProblemHttpResult AlreadyReported() =>
        TypedResults.Problem(title: "You have already reported this.", statusCode: StatusCodes.Status409Conflict);

    private static ProblemHttpResult NotFound() => TypedResults.Problem(title: "No such report.", statusCode: StatusCodes.Status404NotFound);
}
