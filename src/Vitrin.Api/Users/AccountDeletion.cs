using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Caching;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Media;
using Vitrin.Api.Products;

namespace Vitrin.Api.Users;

public sealed record DeleteAccountRequest(string? Password);

/// <summary>
/// Erases an account: personal data is removed and the row kept as an anonymous "deleted-{id}"
/// so published products and comments stay (comments lose their author); drafts, follows, tokens
/// and notifications go. Tokens stop working at once.
/// </summary>
public static class AccountDeletion
{
    public static void MapAccountDeletion(this RouteGroupBuilder users) =>
        users.MapDelete("/me", DeleteMe).WithName("DeleteMyAccount").RequireAuthorization().InvalidatesPublicCache().RequireRateLimiting(Auth.AuthSetup.PerIpPolicy)
            .WithSummary("Erase the signed-in account")
            .WithDescription("Body {password} when the account has one. Personal data is erased; published products stay under an "
                + "anonymous name, comments stay without an author, drafts, follows and notifications are deleted. Answers 204.");

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteMe(
        [FromBody] DeleteAccountRequest? request, ClaimsPrincipal principal, UserManager<User> users, VitrinDbContext db,
        MediaFiles files, TimeProvider clock, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(principal.GetUserId().ToString(CultureInfo.InvariantCulture));
        if (user is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized);
        }

        if (user.PasswordHash is not null
            && (request?.Password is not { Length: > 0 and <= 128 } password || !await users.CheckPasswordAsync(user, password)))
        {
            return new FieldErrors().Add("password", "Enter your current password to delete the account.").Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var id = user.Id;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var drafts = db.Products.Where(p => p.AuthorId == id && (p.Status == ProductStatus.Draft || p.Status == ProductStatus.Scheduled));
        List<string?> erasedFiles =
        [
            await db.Users.Where(u => u.Id == id).Select(u => u.AvatarPath).FirstOrDefaultAsync(ct),
            .. await drafts.Select(p => p.LogoPath).ToListAsync(ct),
            .. await drafts.Select(p => p.ThumbnailPath).ToListAsync(ct),
            .. await db.ProductMedia.Where(m => drafts.Any(p => p.Id == m.ProductId)).Select(m => m.Path).ToListAsync(ct),
            .. await db.ProductMedia.Where(m => drafts.Any(p => p.Id == m.ProductId)).Select(m => m.ThumbnailPath).ToListAsync(ct),
        ];
        await drafts.ExecuteDeleteAsync(ct);
        await db.Comments.Where(c => c.AuthorId == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.AuthorId, (long?)null), ct);
        await db.UserFollows.Where(f => f.FollowerId == id || f.FolloweeId == id).ExecuteDeleteAsync(ct);
        await db.CategoryFollows.Where(f => f.UserId == id).ExecuteDeleteAsync(ct);
        await db.Notifications.Where(n => n.RecipientId == id).ExecuteDeleteAsync(ct);
        await db.RefreshTokens.Where(t => t.UserId == id).ExecuteDeleteAsync(ct);
        await db.EmailTokens.Where(t => t.UserId == id).ExecuteDeleteAsync(ct);
        await db.UserLogins.Where(l => l.UserId == id).ExecuteDeleteAsync(ct);
        await db.UserRoles.Where(r => r.UserId == id).ExecuteDeleteAsync(ct);
        // A hyphen never passes the username rule, so nobody can register this name first.
        var anonymous = $"deleted-{id}";
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.UserName, anonymous)
            .SetProperty(u => u.NormalizedUserName, anonymous.ToUpperInvariant())
            .SetProperty(u => u.Email, (string?)null)
            .SetProperty(u => u.NormalizedEmail, (string?)null)
            .SetProperty(u => u.EmailConfirmed, false)
            .SetProperty(u => u.EmailDigest, false)
            .SetProperty(u => u.PasswordHash, (string?)null)
            .SetProperty(u => u.SecurityStamp, Guid.NewGuid().ToString("N"))
            .SetProperty(u => u.DisplayName, (string?)null)
            .SetProperty(u => u.Bio, (string?)null)
            .SetProperty(u => u.AvatarPath, (string?)null)
            .SetProperty(u => u.Website, (string?)null)
            .SetProperty(u => u.Location, (string?)null)
            .SetProperty(u => u.Company, (string?)null)
            .SetProperty(u => u.JobTitle, (string?)null)
            .SetProperty(u => u.Twitter, (string?)null)
            .SetProperty(u => u.Github, (string?)null)
            .SetProperty(u => u.Linkedin, (string?)null)
            .SetProperty(u => u.DeletedAt, now)
            .SetProperty(u => u.TokensValidAfter, now), ct);
        await transaction.CommitAsync(ct);
        await files.DeleteQuietlyAsync(erasedFiles);
        return TypedResults.NoContent();
    }
}
