using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Auth;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Users;

namespace Vitrin.Api.Moderation;

/// <summary>Account look-up, bans and role grants. Each change and its log entry commit together; repeating a request changes and logs nothing.</summary>
public static class AccountModeration
{
    /// <summary>A profile as moderators see it: banned accounts too, with roles and ban state.</summary>
    public static async Task<Results<Ok<ModeratedUserResponse>, ProblemHttpResult>> Get(
        string username, ClaimsPrincipal principal, VitrinDbContext db, CancellationToken ct)
    {
        if (await FindAsync(db, username, ct) is not { } user)
        {
            return UserLookup.NotFound();
        }

        var profile = await db.LoadProfileAsync(user, principal.GetUserId(), ct);
        return TypedResults.Ok(new ModeratedUserResponse(profile, await db.LoadRolesAsync(user.Id, ct), user.BannedAt));
    }

    public static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Ban(
        string username, [FromBody] BanRequest? request, ClaimsPrincipal principal, VitrinDbContext db, TokenIssuer tokens,
        TimeProvider clock, CancellationToken ct) =>
        SetBanAsync(username, request, principal, db, clock, ban: true, (id, now) => BanAsync(db, tokens, id, now, ct), ct);

    public static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Unban(
        string username, [FromBody] BanRequest? request, ClaimsPrincipal principal, VitrinDbContext db, TimeProvider clock, CancellationToken ct) =>
        SetBanAsync(username, request, principal, db, clock, ban: false, async (id, _) =>
            // TokensValidAfter stays: tokens from before the ban remain dead; the user signs in again.
            await db.Users.Where(u => u.Id == id && u.BannedAt != null)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.BannedAt, (DateTime?)null), ct) == 1, ct);

    /// <summary>Validates, checks the moderator may act on the target, applies the change and logs it if anything changed.</summary>
    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SetBanAsync(
        string username, BanRequest? request, ClaimsPrincipal principal, VitrinDbContext db, TimeProvider clock, bool ban,
        Func<long, DateTime, Task<bool>> apply, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var reason = ModerationLog.Reason(errors, "reason", request?.Reason);
        if (errors.Any)
        {
            return errors.Problem();
        }

        if (await FindAsync(db, username, ct) is not { } target)
        {
            return UserLookup.NotFound();
        }

        if (await CheckCanModerateAsync(db, principal, target.Id, ban ? "ban" : "unban", ct) is { } refused)
        {
            return refused;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await apply(target.Id, now))
        {
            ModerationLog.Record(db, principal.GetUserId(), ban ? ModerationLog.Ban : ModerationLog.Unban, ReportTargetType.User, target.Id, reason, now);
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Bans an account: its access tokens fail at once (the token check reads BannedAt) and its refresh
    /// tokens are revoked. False when it was already banned. Runs in the caller's transaction.
    /// </summary>
    internal static async Task<bool> BanAsync(VitrinDbContext db, TokenIssuer tokens, long userId, DateTime now, CancellationToken ct)
    {
        var banned = await db.Users.Where(u => u.Id == userId && u.BannedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.BannedAt, now).SetProperty(u => u.TokensValidAfter, now), ct) == 1;
        if (banned)
        {
            await tokens.RevokeUserAsync(userId, keepFamily: null, ct);
        }

        return banned;
    }

    /// <summary>Nobody acts on their own account; only admins act on moderators and admins.</summary>
    internal static async Task<ProblemHttpResult?> CheckCanModerateAsync(
        VitrinDbContext db, ClaimsPrincipal principal, long targetId, string verb, CancellationToken ct)
    {
        if (targetId == principal.GetUserId())
        {
            return TypedResults.Problem(title: $"You cannot {verb} yourself.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!principal.IsInRole(Roles.Admin) && await StaffRolesOf(db, targetId).AnyAsync(ct))
        {
            return TypedResults.Problem(title: $"Only an admin can {verb} a moderator or an admin.", statusCode: StatusCodes.Status403Forbidden);
        }

        return null;
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> GrantRole(
        string username, string role, ClaimsPrincipal principal, VitrinDbContext db, UserManager<User> users, TimeProvider clock, CancellationToken ct) =>
        await ChangeRoleAsync(username, role, grant: true, principal, db, users, clock, ct);

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RevokeRole(
        string username, string role, ClaimsPrincipal principal, VitrinDbContext db, UserManager<User> users, TimeProvider clock, CancellationToken ct) =>
        await ChangeRoleAsync(username, role, grant: false, principal, db, users, clock, ct);

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangeRoleAsync(
        string username, string role, bool grant, ClaimsPrincipal principal, VitrinDbContext db, UserManager<User> users,
        TimeProvider clock, CancellationToken ct)
    {
        if (!Roles.Assignable.Contains(role, StringComparer.Ordinal))
        {
            return new FieldErrors().Add("role", $"Must be one of: {string.Join(", ", Roles.Assignable)}.").Problem();
        }

        var me = principal.GetUserId();
        var target = await db.Users.Where(u => u.DeletedAt == null).Named(username).FirstOrDefaultAsync(ct);
        if (target is null)
        {
            return UserLookup.NotFound();
        }

        if (!grant && role == Roles.Admin && target.Id == me)
        {
            return TypedResults.Problem(title: "You cannot remove your own admin role.", statusCode: StatusCodes.Status400BadRequest);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await users.IsInRoleAsync(target, role) == grant)
        {
            return TypedResults.NoContent();
        }

        if (!grant)
        {
            // Roles travel in access tokens: end the ones that still carry this role (a refresh brings a new one).
            target.TokensValidAfter = now;
        }

        IdentityResult result;
        try
        {
            result = grant ? await users.AddToRoleAsync(target, role) : await users.RemoveFromRoleAsync(target, role);
        }
        catch (DbUpdateException e) when (ConstraintViolations.IsUnique(e))
        {
            // A concurrent grant of the same role won: that is the outcome asked for.
            return TypedResults.NoContent();
        }

        if (!result.Succeeded)
        {
            // A concurrent change to the same account (Identity's concurrency stamp); the client may retry.
            return TypedResults.Problem(title: "The account changed at the same time; try again.", statusCode: StatusCodes.Status409Conflict);
        }

        ModerationLog.Record(db, me, grant ? ModerationLog.GrantRole : ModerationLog.RevokeRole, ReportTargetType.User, target.Id, role, now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.NoContent();
    }

    private static Task<User?> FindAsync(VitrinDbContext db, string username, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.DeletedAt == null).Named(username).FirstOrDefaultAsync(ct);

    private static IQueryable<string> StaffRolesOf(VitrinDbContext db, long userId) =>
        db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .Where(name => name == Roles.Moderator || name == Roles.Admin);
}
