using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Notifications;
using Vitrin.Api.Users;

namespace Vitrin.Api.Follows;

/// <summary>A follower or followed account, with when the follow began.</summary>
public sealed record FollowResponse(long Id, string Username, string? DisplayName, string? AvatarUrl, DateTime FollowedAt);

/// <summary>Following makers: /users/{username}/follow, /followers and /following.</summary>
public static class FollowsApi
{
    public static RouteGroupBuilder MapFollowsApi(this RouteGroupBuilder users)
    {
        users.MapPut("/{username}/follow", Follow).WithName("FollowUser").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Follow a user")
            .WithDescription("Idempotent: following someone you already follow changes nothing and answers 204. "
                + "Following yourself is 400; an unknown, erased or banned account is 404.");
        users.MapDelete("/{username}/follow", Unfollow).WithName("UnfollowUser").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Stop following a user")
            .WithDescription("Idempotent: answers 204 whether or not you followed them. Works for banned accounts too, "
                + "so a follow can always be undone; 404 only when no such account exists.");
        users.MapGet("/{username}/followers", Followers).WithName("ListFollowers")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem()
            .WithSummary("Who follows a user, most recent first")
            .WithDescription("Page of {id, username, displayName, avatarUrl, followedAt}. Erased and banned accounts are left out.");
        users.MapGet("/{username}/following", Following).WithName("ListFollowing")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem()
            .WithSummary("Whom a user follows, most recent first")
            .WithDescription("Page of {id, username, displayName, avatarUrl, followedAt}. Erased and banned accounts are left out.");
        return users;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Follow(
        string username, VitrinDbContext db, Notifier notifier, ClaimsPrincipal principal, TimeProvider clock, CancellationToken ct)
    {
        if (await db.FindVisibleUserIdAsync(username, ct) is not { } targetId)
        {
            return UserLookup.NotFound();
        }

        var me = principal.GetUserId();
        if (targetId == me)
        {
            return TypedResults.Problem(title: "You cannot follow yourself.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (await IsFollowingAsync(db, me, targetId, ct))
        {
            return TypedResults.NoContent();
        }

        db.UserFollows.Add(new UserFollow { FollowerId = me, FolloweeId = targetId, CreatedAt = clock.GetUtcNow().UtcDateTime });
        // Unfollow/follow loops must not flood the followee: one unread notice per follower is enough.
        if (!await db.Notifications.AnyAsync(n => n.RecipientId == targetId && n.Type == NotificationType.NewFollower && n.ActorId == me && !n.Read, ct))
        {
            notifier.Notify(targetId, NotificationType.NewFollower, me);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (ConstraintViolations.IsUnique(e))
        {
            // A concurrent request inserted the same follow first (primary key): that is the outcome we wanted.
            db.ChangeTracker.Clear();
            if (!await IsFollowingAsync(db, me, targetId, ct))
            {
                throw;
            }
        }

        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Unfollow(
        string username, VitrinDbContext db, ClaimsPrincipal principal, CancellationToken ct)
    {
        var targetId = await db.Users.Where(u => u.DeletedAt == null).Named(username).Select(u => (long?)u.Id).FirstOrDefaultAsync(ct);
        if (targetId is null)
        {
            return UserLookup.NotFound();
        }

        var me = principal.GetUserId();
        await db.UserFollows.Where(f => f.FollowerId == me && f.FolloweeId == targetId).ExecuteDeleteAsync(ct);
        return TypedResults.NoContent();
    }

    private static Task<bool> IsFollowingAsync(VitrinDbContext db, long follower, long followee, CancellationToken ct) =>
        db.UserFollows.AnyAsync(f => f.FollowerId == follower && f.FolloweeId == followee, ct);

    private static Task<Results<Ok<Page<FollowResponse>>, ProblemHttpResult>> Followers(
        string username, PageRequest page, VitrinDbContext db, CursorCodec cursors, CancellationToken ct) =>
        ListAsync(username, page, db, cursors, (id, follows) => follows.Where(f => f.FolloweeId == id).Select(f => new UserLink { UserId = f.FollowerId, At = f.CreatedAt }), ct);

    private static Task<Results<Ok<Page<FollowResponse>>, ProblemHttpResult>> Following(
        string username, PageRequest page, VitrinDbContext db, CursorCodec cursors, CancellationToken ct) =>
        ListAsync(username, page, db, cursors, (id, follows) => follows.Where(f => f.FollowerId == id).Select(f => new UserLink { UserId = f.FolloweeId, At = f.CreatedAt }), ct);

    /// <summary>Keyset page over (follow time, other user's id), newest first.</summary>
    private static async Task<Results<Ok<Page<FollowResponse>>, ProblemHttpResult>> ListAsync(
        string username, PageRequest page, VitrinDbContext db, CursorCodec cursors,
        Func<long, IQueryable<UserFollow>, IQueryable<UserLink>> links, CancellationToken ct)
    {
        if (await db.FindVisibleUserIdAsync(username, ct) is not { } userId)
        {
            return UserLookup.NotFound();
        }

        return TypedResults.Ok(await links(userId, db.UserFollows).PageAsync(db, page, cursors,
            r => new FollowResponse(r.UserId, r.Username, r.DisplayName, MediaUrls.For(r.AvatarPath), r.At), ct));
    }
}
