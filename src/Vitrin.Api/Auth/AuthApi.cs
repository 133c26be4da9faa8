using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vitrin.Api.Caching;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Users;

namespace Vitrin.Api.Auth;

public static partial class AuthApi
{
    public const string RefreshCookie = "vitrin_refresh";
    private const string CookiePath = "/api/v1/auth";

    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Auth");

        group.MapPost("/register", Register).WithName("Register").RequireRateLimiting(AuthSetup.PerIpPolicy)
            .InvalidatesPublicCache(CacheTags.Stats)
            .WithSummary("Create an account and sign in")
            .WithDescription("Answers 201 with tokens. Username: 3–30 of [A-Za-z0-9_], unique ignoring case. Password: 8–128 characters, not a common password, not the username or email.");
        group.MapPost("/login", Login).WithName("Login").RequireRateLimiting(AuthSetup.PerIpPolicy)
            .WithSummary("Sign in with username or email")
            .WithDescription("Unknown account and wrong password both answer 401. Limited per IP and per account name (429 with Retry-After).");
        group.MapPost("/refresh", Refresh).WithName("RefreshTokens").RequireRateLimiting(AuthSetup.RefreshPolicy)
            .WithSummary("Exchange a refresh token for new tokens")
            .WithDescription("The refresh token comes from the cookie, or from the body for non-browser clients. It is single use: presenting a used one revokes its whole family.");
        group.MapPost("/logout", Logout).WithName("Logout")
            .WithSummary("Sign out: revoke the refresh token's family and clear the cookie");
        group.MapGet("/me", Me).WithName("GetMe").RequireAuthorization()
            .WithSummary("The signed-in user's account");
        group.MapPost("/change-password", ChangePassword).WithName("ChangePassword").RequireAuthorization()
            .RequireRateLimiting(AuthSetup.PerIpPolicy)
            .WithSummary("Change the password; every other session's refresh tokens are revoked");
        group.MapGoogleSignIn();
        return group;
    }

    private static async Task<Results<Created<TokenResponse>, ValidationProblem>> Register(
        RegisterRequest request, UserManager<User> users, VitrinDbContext db, TokenIssuer tokens,
        TimeProvider clock, HttpContext http, ILogger<TokenIssuer> logger, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (errors.Text("username", request.Username, 3, 30) && !FieldRules.UsernamePattern().IsMatch(request.Username!))
        {
            errors.Add("username", "Use only letters, digits and underscores.");
        }

        errors.Email("email", request.Email);
        if (errors.Text("password", request.Password, PasswordRules.MinLength, PasswordRules.MaxLength)
            && PasswordRules.Check(request.Password!, request.Username, request.Email) is { } weak)
        {
            errors.Add("password", weak);
        }

        errors.Text("displayName", request.DisplayName, 0, 60, required: false);
        if (errors.Any)
        {
            return errors.Problem();
        }

        var user = new User
        {
            UserName = request.Username,
            Email = request.Email,
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? null : request.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        IdentityResult result;
        try
        {
            result = await users.CreateAsync(user, request.Password!);
        }
        catch (DbUpdateException e) when (ConstraintViolations.IsUnique(e))
        {
            // A concurrent registration took the name or email between validation and insert.
            result = IdentityResult.Failed(users.ErrorDescriber.DuplicateUserName(request.Username!));
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code switch
                {
                    nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.InvalidEmail) => "email",
                    { } code when code.StartsWith("Password", StringComparison.Ordinal) => "password",
                    _ => "username",
                };
                errors.Add(field, error.Code.StartsWith("Duplicate", StringComparison.Ordinal) ? $"This {field} is already taken." : error.Description);
            }

            return errors.Problem();
        }

        var response = await SignInAsync(user, request.TokenDelivery ?? TokenDelivery.Cookie, db, tokens, http, null, ct);
        await transaction.CommitAsync(ct);
        AccountEmails.EnqueueConfirmation(http.RequestServices, user.Id);
        VitrinMetrics.SignUps.Add(1);
        LogRegistered(logger, user.Id, http.Connection.RemoteIpAddress?.ToString());
        return TypedResults.Created($"/api/v1/users/{user.UserName}", response);
    }

    private static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> Login(
        LoginRequest request, UserManager<User> users, VitrinDbContext db, TokenIssuer tokens, LoginThrottle throttle,
        HttpContext http, ILogger<TokenIssuer> logger, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Text("login", request.Login, 1, 254);
        errors.Text("password", request.Password, 1, PasswordRules.MaxLength);
        if (errors.Any)
        {
            return errors.Problem();
        }

        var ip = http.Connection.RemoteIpAddress?.ToString();
        if (await throttle.CheckAsync(request.Login!) is { } wait)
        {
            LogThrottled(logger, ip);
            return Problems.TooManyRequests(http, wait);
        }

        var login = request.Login!.Trim();
        var user = login.Contains('@', StringComparison.Ordinal) ? await users.FindByEmailAsync(login) : await users.FindByNameAsync(login);
        if (user is null || user.DeletedAt is not null || user.PasswordHash is null)
        {
            // Spend the same hashing time as a real check, so timing does not reveal which accounts exist.
            users.PasswordHasher.VerifyHashedPassword(new User(), DummyHash(users), request.Password!);
            await throttle.RecordFailureAsync(request.Login!);
            LogFailedLogin(logger, user?.Id, ip);
            return InvalidCredentials();
        }

        if (!await users.CheckPasswordAsync(user, request.Password!))
        {
            await throttle.RecordFailureAsync(request.Login!);
            LogFailedLogin(logger, user.Id, ip);
            return InvalidCredentials();
        }

        if (user.BannedAt is not null)
        {
            return TypedResults.Problem(title: "This account is suspended.", statusCode: StatusCodes.Status403Forbidden);
        }

        var response = await SignInAsync(user, request.TokenDelivery ?? TokenDelivery.Cookie, db, tokens, http, null, ct);
        LogLogin(logger, user.Id, ip);
        return TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> Refresh(
        [FromBody] RefreshTokenRequest? request, VitrinDbContext db, TokenIssuer tokens, UserManager<User> users,
        HttpContext http, CancellationToken ct)
    {
        var (presented, delivery) = ReadRefreshToken(request, http);
        if (presented is null)
        {
            return InvalidRefresh(http);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (outcome, token) = await tokens.ClaimAsync(presented, ct);
        if (outcome != RefreshOutcome.Rotated)
        {
            await transaction.CommitAsync(ct);
            return InvalidRefresh(http);
        }

        var user = await users.FindByIdAsync(token!.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null || user.BannedAt is not null || user.DeletedAt is not null)
        {
            await tokens.RevokeFamilyAsync(token.FamilyId, ct);
            await transaction.CommitAsync(ct);
            return InvalidRefresh(http);
        }

        var response = await SignInAsync(user, delivery, db, tokens, http, token, ct);
        await transaction.CommitAsync(ct);
        return TypedResults.Ok(response);
    }

    private static async Task<NoContent> Logout(
        [FromBody] RefreshTokenRequest? request, TokenIssuer tokens, HttpContext http, CancellationToken ct)
    {
        var (presented, _) = ReadRefreshToken(request, http);
        if (presented is not null && await tokens.FindFamilyAsync(presented, ct) is { } family)
        {
            await tokens.RevokeFamilyAsync(family, ct);
        }

        DeleteCookie(http);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> Me(
        HttpContext http, VitrinDbContext db, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == http.User.GetUserId(), ct);
        return user is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized)
            : TypedResults.Ok(await db.LoadMeAsync(user, ct));
    }

    private static async Task<Results<NoContent, ValidationProblem>> ChangePassword(
        ChangePasswordRequest request, UserManager<User> users, VitrinDbContext db, TokenIssuer tokens,
        HttpContext http, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Text("currentPassword", request.CurrentPassword, 1, PasswordRules.MaxLength);
        errors.Text("newPassword", request.NewPassword, PasswordRules.MinLength, PasswordRules.MaxLength);
        if (errors.Any)
        {
            return errors.Problem();
        }

        var user = await users.FindByIdAsync(http.User.GetUserId().ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null || !await users.CheckPasswordAsync(user, request.CurrentPassword!))
        {
            return errors.Add("currentPassword", "The current password is incorrect.").Problem();
        }

        if (PasswordRules.Check(request.NewPassword!, user.UserName, user.Email) is { } weak)
        {
            return errors.Add("newPassword", weak).Problem();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.ChangePasswordAsync(user, request.CurrentPassword!, request.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                errors.Add("newPassword", error.Description);
            }

            return errors.Problem();
        }

        var (presented, _) = ReadRefreshToken(null, http);
        var keep = presented is null ? null : await tokens.FindFamilyAsync(presented, ct);
        await tokens.RevokeUserAsync(user.Id, keep, ct);
        await transaction.CommitAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>Issues tokens, saves the refresh token, and delivers it as a cookie or in the body.</summary>
    internal static async Task<TokenResponse> SignInAsync(
        User user, TokenDelivery delivery, VitrinDbContext db, TokenIssuer tokens, HttpContext http,
        RefreshToken? previous, CancellationToken ct)
    {
        var me = await db.LoadMeAsync(user, ct);
        var issued = tokens.Issue(user, me.Roles.Where(r => r != Roles.User), previous);
        await db.SaveChangesAsync(ct);
        if (delivery == TokenDelivery.Cookie)
        {
            var options = http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value;
            http.Response.Cookies.Append(RefreshCookie, issued.RefreshToken, new CookieOptions
            {
                HttpOnly = true,
                Secure = options.SecureCookie,
                SameSite = SameSiteMode.Strict,
                Path = CookiePath,
                Expires = issued.RefreshExpiresAt,
                IsEssential = true,
            });
        }

        http.Response.Headers.CacheControl = "no-store";
        return new TokenResponse(issued.AccessToken, "Bearer", issued.ExpiresIn, me,
            delivery == TokenDelivery.Body ? issued.RefreshToken : null);
    }

    private static (string? Token, TokenDelivery Delivery) ReadRefreshToken(RefreshTokenRequest? request, HttpContext http)
    {
        if (!string.IsNullOrEmpty(request?.RefreshToken))
        {
            return request.RefreshToken.Length <= 256 ? (request.RefreshToken, TokenDelivery.Body) : (null, TokenDelivery.Body);
        }

        return (http.Request.Cookies[RefreshCookie] is { Length: > 0 and <= 256 } cookie ? cookie : null, TokenDelivery.Cookie);
    }

    private static void DeleteCookie(HttpContext http) =>
        http.Response.Cookies.Delete(RefreshCookie, new CookieOptions { Path = CookiePath, HttpOnly = true, Secure = true, SameSite = SameSiteMode.Strict });

    private static ProblemHttpResult InvalidCredentials() =>
        TypedResults.Problem(title: "Invalid username/email or password.", statusCode: StatusCodes.Status401Unauthorized);

    private static ProblemHttpResult InvalidRefresh(HttpContext http)
    {
        DeleteCookie(http);
        return TypedResults.Problem(title: "The refresh token is invalid, expired or already used.", statusCode: StatusCodes.Status401Unauthorized);
    }

    private static string? _dummyHash;

    private static string DummyHash(UserManager<User> users) =>
        _dummyHash ??= users.PasswordHasher.HashPassword(new User(), Guid.NewGuid().ToString());

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} registered from {Ip}")]
    private static partial void LogRegistered(ILogger logger, long userId, string? ip);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} signed in from {Ip}")]
    private static partial void LogLogin(ILogger logger, long userId, string? ip);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in for user {UserId} from {Ip}")]
    private static partial void LogFailedLogin(ILogger logger, long? userId, string? ip);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in throttled for an account name from {Ip}")]
    private static partial void LogThrottled(ILogger logger, string? ip);
}
