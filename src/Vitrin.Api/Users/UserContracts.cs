using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Products;

namespace Vitrin.Api.Users;

public sealed record UserSummary(long Id, string Username, string? DisplayName, string? AvatarUrl);

public sealed record ProfileStats(int Products, int Followers, int Following, int UpvotesReceived);

public record ProfileResponse(
    long Id,
    string Username,
    string? DisplayName,
    string? Bio,
    string? AvatarUrl,
    string? Website,
    string? Location,
    string? Company,
    string? JobTitle,
    string? Twitter,
    string? Github,
    string? Linkedin,
    DateTime CreatedAt,
    ProfileStats Stats,
    bool ViewerFollows);

/// <summary>The signed-in user's own view: the profile plus private fields.</summary>
public sealed record MeResponse : ProfileResponse
{
    public MeResponse(ProfileResponse profile, string email, bool emailConfirmed, string[] roles, bool hasPassword, bool googleLinked)
        : base(profile)
    {
        Email = email;
        EmailConfirmed = emailConfirmed;
        Roles = roles;
        HasPassword = hasPassword;
        GoogleLinked = googleLinked;
    }

    public string Email { get; init; }
    public bool EmailConfirmed { get; init; }
    public string[] Roles { get; init; }
    public bool HasPassword { get; init; }
    public bool GoogleLinked { get; init; }

    /// <summary>Opted in to the daily email digest of unread notifications (PATCH /users/me).</summary>
    public bool EmailDigest { get; init; }
}

public static class UserMapping
{
    public static UserSummary ToSummary(this User u) => new(u.Id, u.UserName!, u.DisplayName, MediaUrls.For(u.AvatarPath));

    public static async Task<ProfileStats> LoadStatsAsync(this VitrinDbContext db, long userId, CancellationToken ct)
    {
        var listed = db.Products.Where(p => p.AuthorId == userId && p.Status == ProductStatus.Published && !p.Hidden);
        return new ProfileStats(
            await listed.CountAsync(ct),
            // Counted like the lists show them: banned and erased accounts are left out.
            await db.UserFollows.CountAsync(f => f.FolloweeId == userId && db.Users.Any(u => u.Id == f.FollowerId && u.BannedAt == null && u.DeletedAt == null), ct),
            await db.UserFollows.CountAsync(f => f.FollowerId == userId && db.Users.Any(u => u.Id == f.FolloweeId && u.BannedAt == null && u.DeletedAt == null), ct),
            await listed.SumAsync(p => p.UpvoteCount, ct));
    }

    public static ProfileResponse ToProfile(this User u, ProfileStats stats, bool viewerFollows) => new(
        u.Id, u.UserName!, u.DisplayName, u.Bio, MediaUrls.For(u.AvatarPath), u.Website, u.Location, u.Company,
        u.JobTitle, u.Twitter, u.Github, u.Linkedin, u.CreatedAt, stats, viewerFollows);

    /// <summary>The account's roles as tokens and GET /auth/me show them: "user" first, then the stored ones in order.</summary>
    public static async Task<string[]> LoadRolesAsync(this VitrinDbContext db, long userId, CancellationToken ct)
    {
        var roles = await db.UserRoles.Where(r => r.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(ct);
        return [Roles.User, .. roles.Order(StringComparer.Ordinal)];
    }

    public static async Task<MeResponse> LoadMeAsync(this VitrinDbContext db, User u, CancellationToken ct)
    {
        var stats = await db.LoadStatsAsync(u.Id, ct);
        var roles = await db.LoadRolesAsync(u.Id, ct);
        var googleLinked = await db.UserLogins.AnyAsync(l => l.UserId == u.Id && l.LoginProvider == "Google", ct);
        return new MeResponse(
            u.ToProfile(stats, viewerFollows: false), u.Email!, u.EmailConfirmed, roles, u.PasswordHash is not null, googleLinked)
        {
            EmailDigest = u.EmailDigest,
        };
    }
}
