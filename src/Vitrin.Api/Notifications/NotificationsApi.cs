using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Products;
using Vitrin.Api.Users;

namespace Vitrin.Api.Notifications;

public sealed record ProductRef(long Id, string Slug, string Title);

/// <summary>
/// A notification. <c>count</c> is how many events it folds (upvotes on one product fold into one
/// unread notification); <c>updatedAt</c> is the latest of them.
/// </summary>
public sealed record NotificationResponse(
    long Id, NotificationType Type, bool Read, DateTime CreatedAt, DateTime UpdatedAt, int Count,
    UserSummary? Actor, ProductRef? Product, CommentExcerpt? Comment);

public sealed record UnreadCountResponse(int Count);

public sealed record MarkReadRequest(IReadOnlyList<long>? Ids, bool? All);

public static class NotificationsApi
{
    public const int MaxIdsPerRequest = 100;

    public static RouteGroupBuilder MapNotificationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization();
        group.MapGet("/", List).WithName("ListNotifications").WithSummary("The caller's notifications, newest first")
            .WithDescription("`unread=true` lists only unread ones. Notifications about content a moderator hid are left out.");
        group.MapGet("/unread-count", UnreadCount).WithName("CountUnreadNotifications").WithSummary("How many notifications are unread");
        group.MapPost("/read", MarkRead).WithName("MarkNotificationsRead").WithSummary("Mark some (`ids`, up to 100) or all (`all: true`) as read");
        return group;
    }

    /// <summary>The caller's notifications whose subject is still visible.</summary>
    private static IQueryable<Notification> Visible(VitrinDbContext db, long userId) =>
        db.Notifications.Where(n => n.RecipientId == userId
            && (n.ProductId == null || db.Products.Any(p => p.Id == n.ProductId && !p.Hidden))
            && (n.CommentId == null || db.Comments.Any(c => c.Id == n.CommentId && !c.Hidden && !c.Deleted)));

    private sealed record Row(Notification Notification, UserSummary? Actor, ProductRef? Product, string? CommentBody);

    private static async Task<Ok<Page<NotificationResponse>>> List(
        bool? unread, PageRequest page, ClaimsPrincipal user, VitrinDbContext db, CursorCodec cursors, CancellationToken ct)
    {
        var query = Visible(db, user.GetUserId());
        if (unread == true)
        {
            query = query.Where(n => !n.Read);
        }

        if (page.After<long?>(cursors) is { } afterId)
        {
            query = query.Where(n => n.Id < afterId);
        }

        var rows = await query.OrderByDescending(n => n.Id).Take(page.Limit + 1)
            .Select(n => new Row(
                n,
                db.Users.Where(u => u.Id == n.ActorId && u.DeletedAt == null)
                    .Select(u => new UserSummary(u.Id, u.UserName!, u.DisplayName, u.AvatarPath == null ? null : "/media/" + u.AvatarPath))
                    .FirstOrDefault(),
                db.Products.Where(p => p.Id == n.ProductId).Select(p => new ProductRef(p.Id, p.Slug, p.Title)).FirstOrDefault(),
                db.Comments.Where(c => c.Id == n.CommentId).Select(c => c.Body).FirstOrDefault()))
            .AsNoTracking()
            .ToListAsync(ct);
        return TypedResults.Ok(cursors.Page(rows, page.Limit, r => (long?)r.Notification.Id, r => new NotificationResponse(
            r.Notification.Id, r.Notification.Type, r.Notification.Read, r.Notification.CreatedAt, r.Notification.UpdatedAt,
            r.Notification.EventCount, r.Actor, r.Product,
            r.Notification.CommentId is { } commentId ? CommentExcerpt.From(commentId, r.CommentBody ?? "") : null)));
    }

    private static async Task<Ok<UnreadCountResponse>> UnreadCount(ClaimsPrincipal user, VitrinDbContext db, CancellationToken ct) =>
        TypedResults.Ok(new UnreadCountResponse(await Visible(db, user.GetUserId()).CountAsync(n => !n.Read, ct)));

    private static async Task<Results<NoContent, ValidationProblem>> MarkRead(
        MarkReadRequest request, ClaimsPrincipal user, VitrinDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var all = request.All == true;
        if (!all && (request.Ids is null || request.Ids.Count == 0))
        {
            errors.Add("ids", "Give the ids to mark, or \"all\": true.");
        }
        else if (request.Ids is { Count: > MaxIdsPerRequest })
        {
            errors.Add("ids", $"At most {MaxIdsPerRequest} ids at a time; use \"all\": true for everything.");
        }

        if (errors.Any)
        {
            return errors.Problem();
        }

        var userId = user.GetUserId();
        var mine = db.Notifications.Where(n => n.RecipientId == userId && !n.Read);
        if (!all)
        {
            var ids = request.Ids!.ToArray();
            mine = mine.Where(n => ids.Contains(n.Id));
        }

        await mine.ExecuteUpdateAsync(s => s.SetProperty(n => n.Read, true), ct);
        return TypedResults.NoContent();
    }
}
