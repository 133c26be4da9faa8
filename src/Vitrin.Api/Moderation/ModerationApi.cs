using Vitrin.Api.Auth;
using Vitrin.Api.Caching;

namespace Vitrin.Api.Moderation;

/// <summary>Reports, the moderation queue, hiding, bans, roles, featuring and the public moderation log.</summary>
public static class ModerationApi
{
    private const string Logged =
        "Every change adds an entry to the public moderation log (GET /moderation-log) in the same transaction; "
        + "repeating a request that changes nothing adds none.";

    public static RouteGroupBuilder MapModerationApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Moderation").InvalidatesPublicCache();

        group.MapPost("/reports", Reports.Create).WithName("CreateReport").RequireAuthorization()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Report a product, comment or user to the moderators")
            .WithDescription("""
                Body `{targetType: product|comment|user, targetId, reason: spam|offensive|off_topic|other, note?}`; note: at most
                1000 characters, seen only by you and the moderators. Answers 201 with the report and its Location. The target must
                exist and be visible to you (404 otherwise: unknown, hidden, deleted, banned, someone else's draft). Reporting
                yourself or your own product or comment is 400. One report per person per target: a second one is 409 (the first
                stands, whatever became of it). At most `Spam:ReportsPerHour` (default 20) reports per account per hour: 429
                with `Retry-After` beyond that.
                """);
        group.MapGet("/reports/{id:long}", Reports.Get).WithName("GetReport").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One of your reports (moderators: any report)")
            .WithDescription("Shows its status (open, hidden, dismissed). Someone else's report is 404.");

        group.MapGet("/admin/reports", Reports.List).WithName("ListReports").RequireAuthorization(AuthSetup.ModeratorPolicy)
            .ProducesValidationProblem()
            .WithSummary("The moderation queue (mod)")
            .WithDescription("""
                `status=open` (default) | `hidden` | `dismissed`. Open reports come oldest first (a queue); resolved ones most
                recent first. Each item carries the reporter, the resolver and a summary of the target (product title, comment
                excerpt, the account behind it, and whether it is already out of public view); `target` is null when the content
                no longer exists. Keyset pages; a cursor only works with the status it came from.
                """);
        group.MapPost("/admin/reports/{id:long}/resolve", Reports.Resolve).WithName("ResolveReport").RequireAuthorization(AuthSetup.ModeratorPolicy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Hide the reported content or dismiss the report (mod)")
            .WithDescription($$"""
                Body `{action: hide|dismiss, note?}` (note ≤ 1000 characters). `hide` takes the target out of every public
                list, search, feed and count: a product is hidden (and leaves its tags' counts), a comment is hidden (and leaves its
                product's commentCount), a user is banned exactly as by PUT /admin/users/{username}/ban (same rules: not
                yourself, and only admins ban moderators and admins), and every open report on that target is closed as hidden.
                Content that no longer exists needs no hiding: `hide` then just closes the reports. `dismiss` closes this report
                only. The log entry's action is `hide` (`ban` for a user) or `dismiss`, its reason the note or else the report's
                reason. A report that is already resolved is 409. {{Logged}}
                """);

        group.MapPost("/admin/products/{id:long}/unhide", ContentModeration.UnhideProduct).WithName("UnhideProduct")
            .RequireAuthorization(AuthSetup.ModeratorPolicy).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Bring a hidden product back (mod)")
            .WithDescription($"Undoes a hide: the product returns to lists, feeds and its tags' counts. Unhiding a visible product changes nothing (204). {Logged}");
        group.MapPost("/admin/comments/{id:long}/unhide", ContentModeration.UnhideComment).WithName("UnhideComment")
            .RequireAuthorization(AuthSetup.ModeratorPolicy).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Bring a hidden comment back (mod)")
            .WithDescription($"Undoes a hide: the comment shows again and counts in its product's commentCount (unless its author deleted it). {Logged}");

        group.MapPut("/products/{id:long}/feature", ContentModeration.Feature).WithName("FeatureProduct").RequireAuthorization(AuthSetup.AdminPolicy)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Feature a product (admin)")
            .WithDescription($"Sets featured (GET /products?featured=true). Only published, visible products can be featured: anything else is 404. Idempotent. {Logged}");
        group.MapDelete("/products/{id:long}/feature", ContentModeration.Unfeature).WithName("UnfeatureProduct").RequireAuthorization(AuthSetup.AdminPolicy)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Stop featuring a product (admin)")
            .WithDescription($"Idempotent; works whatever the product's state, 404 only when there is no such product. {Logged}");

        group.MapGet("/admin/users/{username}", AccountModeration.Get).WithName("GetModeratedUser").RequireAuthorization(AuthSetup.ModeratorPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A user's profile with roles and ban state (mod)")
            .WithDescription("""
                The public profile (GET /users/{username}, stats and viewerFollows included) plus `roles` ("user", then "admin"
                and/or "moderator", as GET /auth/me lists them) and `bannedAt` (when the account was banned, null when it is
                not). Unlike the public profile, banned accounts are found, so a moderator can see and lift a ban. The username
                is matched ignoring case; unknown and erased accounts are 404. Stats count only what the public lists show.
                Anonymous callers get 401, signed-in users without the moderator or admin role 403.
                """);
        group.MapPut("/admin/users/{username}/ban", AccountModeration.Ban).WithName("BanUser").RequireAuthorization(AuthSetup.ModeratorPolicy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Ban an account (mod)")
            .WithDescription($$"""
                Optional body `{reason?}` (≤ 1000 characters, shown in the public log). The account's access tokens stop
                working at once (401), its refresh tokens are revoked, and signing in answers 403 until it is unbanned; its profile
                is 404 meanwhile. Banning yourself is 400; a moderator banning a moderator or an admin is 403 (admins may). Unknown
                or erased accounts are 404. Idempotent. {{Logged}}
                """);
        group.MapDelete("/admin/users/{username}/ban", AccountModeration.Unban).WithName("UnbanUser").RequireAuthorization(AuthSetup.ModeratorPolicy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Lift a ban (mod)")
            .WithDescription($$"""
                Optional body `{reason?}`. The user can sign in again; access tokens issued before the ban stay dead (TokensValidAfter). Same rules as
                banning (not yourself; only admins for moderators and admins). Idempotent. {{Logged}}
                """);

        group.MapPut("/admin/users/{username}/roles/{role}", AccountModeration.GrantRole).WithName("GrantRole")
            .RequireAuthorization(AuthSetup.AdminPolicy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Grant a role (admin)")
            .WithDescription($$"""
                role: moderator | admin (anything else is 400). Roles travel in the 15-minute access token, so the new role takes
                effect with the user's next token (sign-in or refresh). Idempotent; unknown or erased accounts are 404. The log
                entry's reason is the role. {{Logged}}
                """);
        group.MapDelete("/admin/users/{username}/roles/{role}", AccountModeration.RevokeRole).WithName("RevokeRole")
            .RequireAuthorization(AuthSetup.AdminPolicy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Revoke a role (admin)")
            .WithDescription($$"""
                role: moderator | admin (anything else is 400). So that no token keeps carrying the role, every access token the
                user holds stops working at once (TokensValidAfter is set to now; tokens issued within the last second may
                survive): their client refreshes and gets one without it. Removing your own admin role is 400. Idempotent. {{Logged}}
                """);

        group.MapGet("/moderation-log", ModerationLog.List).WithName("ListModerationLog")
            .ProducesValidationProblem()
            .WithSummary("The public moderation log, newest first")
            .WithDescription("""
                Every moderator action: hide, unhide, dismiss, delete (a comment), ban, unban, grant_role, revoke_role, feature,
                unfeature; with its target (product, comment or user id), the moderator and the reason given. Reporters and
                their notes are never shown. Keyset pages.
                """);
        return api;
    }
}
