using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Caching;
using Vitrin.Api.Data;
using Vitrin.Api.Follows;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Products;

namespace Vitrin.Api.Users;

public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users");

        group.MapPatch("/me", UpdateMe).WithName("UpdateMyProfile").RequireAuthorization().InvalidatesPublicCache()
            .ProducesValidationProblem()
            .WithSummary("Edit the signed-in user's public profile")
            .WithDescription("Send any of displayName (≤ 60), bio (≤ 500), location, company, jobTitle (≤ 100, one line), "
                + "website, twitter, github, linkedin (absolute http/https URLs ≤ 2048), emailDigest (true or false: the daily email "
                + "of unread notifications, sent only to confirmed addresses; see GET /auth/me). Absent fields stay as they are; "
                + "null or an empty string clears one. Any other property (username, email, roles…) is refused with 400.");
        group.MapGet("/{username}", GetProfile).WithName("GetUserProfile")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A user's public profile with stats")
            .WithDescription("The username is matched ignoring case. Unknown, erased and banned accounts are 404. "
                + "viewerFollows is false for anonymous callers and on your own profile.");
        group.MapGet("/{username}/products", ListProducts).WithName("ListUserProducts")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem()
            .WithSummary("Products a user made")
            .WithDescription("Everyone sees the maker's published products, newest published first. The maker themselves also "
                + "sees drafts, scheduled, archived and moderator-hidden products, newest created first, and may filter with "
                + "?status=draft|scheduled|published|archived. For anyone else the filter applies to what they may see, so a "
                + "status other than published gives an empty page.");
        group.MapGet("/{username}/upvotes", ListUpvotes).WithName("ListUserUpvotes")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem()
            .WithSummary("Published products a user upvoted, most recent upvote first");
        group.MapGet("/{username}/activity", UserActivity.List).WithName("ListUserActivity")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem()
            .WithSummary("What a user did recently: launched, upvoted, commented, followed")
            .WithDescription("Newest first. Each item is {type, createdAt, product, comment, user}: launched and upvoted carry "
                + "product; commented carries product and comment {id, excerpt} (the first 140 characters of the Markdown "
                + "body, whitespace collapsed); followed carries user (the followed UserSummary). Fields that do not apply are "
                + "null. Only published, visible products, non-deleted visible comments and visible accounts appear.");
        group.MapAccountDeletion();
        group.MapFollowsApi();
        return api;
    }

    private sealed record ProfileField(
        string Name, Expression<Func<User, string?>> Property, Func<UpdateProfileRequest, string?> Read, int MaxLength, bool IsUrl, bool Multiline = false);

    private static readonly ProfileField[] ProfileFields =
    [
        new("displayName", u => u.DisplayName, r => r.DisplayName, 60, IsUrl: false),
        new("bio", u => u.Bio, r => r.Bio, 500, IsUrl: false, Multiline: true),
        new("website", u => u.Website, r => r.Website, 2048, IsUrl: true),
        new("location", u => u.Location, r => r.Location, 100, IsUrl: false),
        new("company", u => u.Company, r => r.Company, 100, IsUrl: false),
        new("jobTitle", u => u.JobTitle, r => r.JobTitle, 100, IsUrl: false),
        new("twitter", u => u.Twitter, r => r.Twitter, 2048, IsUrl: true),
        new("github", u => u.Github, r => r.Github, 2048, IsUrl: true),
        new("linkedin", u => u.Linkedin, r => r.Linkedin, 2048, IsUrl: true),
    ];

    private static async Task<Results<Ok<ProfileResponse>, ValidationProblem, ProblemHttpResult>> UpdateMe(
        JsonPatchBody<UpdateProfileRequest> body, VitrinDbContext db, ClaimsPrincipal principal, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var changes = new List<(ProfileField Field, string? Value)>();
        foreach (var field in ProfileFields)
        {
            var raw = field.Read(body.Value);
            if (raw is null && !body.Has(field.Name))
            {
                continue;
            }

            var value = string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();
            if (!errors.Text(field.Name, value, 0, field.MaxLength, required: false))
            {
                continue;
            }

            if (field.IsUrl)
            {
                errors.Url(field.Name, value);
            }
            else if (!field.Multiline && value is not null && value.AsSpan().ContainsAny('\n', '\r', '\t'))
            {
                errors.Add(field.Name, "Must be a single line.");
            }

            changes.Add((field, value));
        }

        if (body.Has("emailDigest") && body.Value.EmailDigest is null)
        {
            errors.Add("emailDigest", "Must be true or false.");
        }

        if (errors.Any)
        {
            return errors.Problem();
        }

        var userId = principal.GetUserId();
        var mine = db.Users.Where(u => u.Id == userId && u.DeletedAt == null);
        if (body.Value.EmailDigest is { } digest)
        {
            await mine.ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailDigest, digest), ct);
        }

        if (changes.Count > 0)
        {
            // One UPDATE of just the sent columns: concurrent edits of different fields do not undo each other.
            await mine.ExecuteUpdateAsync(setters =>
            {
                foreach (var (field, value) in changes)
                {
                    setters.SetProperty(field.Property, value);
                }
            }, ct);
        }

        var user = await mine.AsNoTracking().FirstOrDefaultAsync(ct);
        return user is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized)
            : TypedResults.Ok(await db.LoadProfileAsync(user, userId, ct));
    }

    private static async Task<Results<Ok<ProfileResponse>, ProblemHttpResult>> GetProfile(
        string username, VitrinDbContext db, ClaimsPrincipal principal, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Visible().Named(username).FirstOrDefaultAsync(ct);
        return user is null
            ? UserLookup.NotFound()
            : TypedResults.Ok(await db.LoadProfileAsync(user, principal.FindUserId(), ct));
    }

    private static async Task<Results<Ok<Page<ProductSummary>>, ProblemHttpResult>> ListProducts(
        string username, [FromQuery] string? status, PageRequest page, VitrinDbContext db, CursorCodec cursors,
        ClaimsPrincipal principal, CancellationToken ct)
    {
        var filter = QueryValues.Enum<ProductStatus>(status, "status");
        if (await db.FindVisibleUserIdAsync(username, ct) is not { } userId)
        {
            return UserLookup.NotFound();
        }

        var viewerId = principal.FindUserId();
        var isOwner = viewerId == userId;
        var query = db.Products.Where(p => p.AuthorId == userId);
        if (!isOwner)
        {
            query = query.Listed();
        }

        if (filter is { } wanted)
        {
            query = query.Where(p => p.Status == wanted);
        }

        var sort = isOwner ? ProductSort.Created : ProductSort.New;
        return TypedResults.Ok(await query.PageAsync(db, sort, page, viewerId, cursors, ct));
    }

    private sealed record UpvotePosition(DateTime At, long ProductId);

    private static async Task<Results<Ok<Page<ProductSummary>>, ProblemHttpResult>> ListUpvotes(
        string username, PageRequest page, VitrinDbContext db, CursorCodec cursors, ClaimsPrincipal principal, CancellationToken ct)
    {
        var after = page.After<UpvotePosition>(cursors);
        if (await db.FindVisibleUserIdAsync(username, ct) is not { } userId)
        {
            return UserLookup.NotFound();
        }

        var votes = db.ProductUpvotes.Where(v => v.UserId == userId)
            .Join(db.Products.Listed(), v => v.ProductId, p => p.Id, (v, _) => v);
        if (after is not null)
        {
            votes = votes.Where(v => v.CreatedAt < after.At || (v.CreatedAt == after.At && v.ProductId < after.ProductId));
        }

        var rows = await votes.OrderByDescending(v => v.CreatedAt).ThenByDescending(v => v.ProductId)
            .Take(page.Limit + 1).Select(v => new UpvotePosition(v.CreatedAt, v.ProductId)).ToListAsync(ct);
        var products = await db.LoadSummariesAsync(rows.Take(page.Limit).Select(r => r.ProductId), principal.FindUserId(), ct);
        var items = rows.Take(page.Limit).Select(r => products.GetValueOrDefault(r.ProductId)).OfType<ProductSummary>().ToList();
        return TypedResults.Ok(new Page<ProductSummary>(items, rows.Count > page.Limit ? cursors.Encode(rows[page.Limit - 1]) : null));
    }
}
