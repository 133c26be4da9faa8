using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;

namespace Vitrin.Api.Users;

/// <summary>Finding users by name for the public routes, and what "visible" means for an account.</summary>
public static class UserLookup
{
    /// <summary>Accounts with a public profile: not erased, not banned.</summary>
    public static IQueryable<User> Visible(this IQueryable<User> users) =>
        users.Where(u => u.DeletedAt == null && u.BannedAt == null);

    /// <summary>
    /// The form Identity stores in <c>NormalizedUserName</c> (usernames are ASCII, so upper-invariant is
    /// exactly what its normalizer does), or null when the text cannot be a username at all.
    /// </summary>
    public static string? Normalize(string username) =>
        FieldRules.UsernamePattern().IsMatch(username) ? username.ToUpperInvariant() : null;

    public static IQueryable<User> Named(this IQueryable<User> users, string username)
    {
        var normalized = Normalize(username);
        return normalized is null ? users.Where(_ => false) : users.Where(u => u.NormalizedUserName == normalized);
    }

    /// <summary>The id of the user with a public profile called <paramref name="username"/> (any case).</summary>
    public static Task<long?> FindVisibleUserIdAsync(this VitrinDbContext db, string username, CancellationToken ct) =>
        db.Users.Visible().Named(username).Select(u => (long?)u.Id).FirstOrDefaultAsync(ct);

    public static async Task<ProfileResponse> LoadProfileAsync(this VitrinDbContext db, User user, long? viewerId, CancellationToken ct)
    {
        var stats = await db.LoadStatsAsync(user.Id, ct);
        var follows = viewerId is { } viewer && viewer != user.Id
            && await db.UserFollows.AnyAsync(f => f.FollowerId == viewer && f.FolloweeId == user.Id, ct);
        return user.ToProfile(stats, follows);
    }

    public static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "No such user.", statusCode: StatusCodes.Status404NotFound);
}
