using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Caching;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Users;

namespace Vitrin.Api.Auth;

public sealed record GoogleSignInRequest(string? Credential, TokenDelivery? TokenDelivery);

/// <summary>Sign-in methods the web app can offer. <c>googleClientId</c> is null while Google sign-in is off.</summary>
public sealed record AuthProvidersResponse(bool Google, string? GoogleClientId);

/// <summary>
/// Sign-in with a Google ID token. The account is keyed on Google's subject (the two spellings of
/// Google's issuer name one issuer, stored as login provider "Google"). A Google identity is linked
/// to an existing account with the same email only when Google has verified the email and the
/// existing account's email is confirmed; otherwise a password account is never taken over.
/// </summary>
public static partial class GoogleSignIn
{
    public const string LoginProvider = "Google";
    private const int MaxAttempts = 3;

    public static void AddGoogleSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GoogleSignInOptions>().Bind(configuration.GetSection("Auth:Google"))
            .Validate(o => !o.Enabled || GoogleTokenValidator.IsAllowedJwksUrl(o.JwksUrl), "Auth:Google:JwksUrl must be an https URL (http only on loopback).")
            .ValidateOnStart();
        services.AddSingleton<GoogleTokenValidator>();
    }

    public static RouteGroupBuilder MapGoogleSignIn(this RouteGroupBuilder auth)
    {
        auth.MapPost("/google", SignIn).WithName("GoogleSignIn").RequireRateLimiting(AuthSetup.PerIpPolicy)
            .InvalidatesPublicCache(CacheTags.Stats)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Sign in or sign up with a Google ID token")
            .WithDescription("""
                `credential` is the ID token from Google Identity Services. 201 with tokens when a new account
                was created, 200 when an existing one signed in (tokens as for login). 401: the token is invalid
                (signature, issuer, audience, expiry, algorithm other than RS256). 403: the account is suspended,
                or Google has not verified the email of an identity new to Vitrin. 409: an account with this email
                exists but is not linked, and cannot be linked automatically (its email is unconfirmed): sign in
                with the password instead. 404: Google sign-in is not configured on this server. 503: Google's
                signing keys could not be fetched.
                """);
        auth.MapGet("/providers", Providers).WithName("GetAuthProviders")
            .WithSummary("Which sign-in methods are enabled")
            .WithDescription("`google` is true when Google sign-in is configured; `googleClientId` is the OAuth client id the web app passes to Google Identity Services.");
        return auth;
    }

    private static Ok<AuthProvidersResponse> Providers(GoogleTokenValidator google) =>
        TypedResults.Ok(new AuthProvidersResponse(google.Enabled, google.ClientId));

    private static async Task<Results<Created<TokenResponse>, Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> SignIn(
        GoogleSignInRequest request, GoogleTokenValidator google, UserManager<User> users, VitrinDbContext db,
        TokenIssuer tokens, TimeProvider clock, HttpContext http, ILogger<GoogleTokenValidator> logger, CancellationToken ct)
    {
        if (!google.Enabled)
        {
            return TypedResults.Problem(title: "Google sign-in is not enabled on this server.", statusCode: StatusCodes.Status404NotFound);
        }

        var errors = new FieldErrors();
        if (!errors.Text("credential", request.Credential, 1, 8192))
        {
            return errors.Problem();
        }

        var ip = http.Connection.RemoteIpAddress?.ToString();
        var (outcome, identity) = await google.ValidateAsync(request.Credential!.Trim(), ct);
        if (outcome == GoogleTokenOutcome.KeysUnavailable)
        {
            http.Response.Headers.RetryAfter = "30";
            return TypedResults.Problem(title: "Google sign-in is unavailable right now. Try again later.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (identity is null)
        {
            LogFailed(logger, ip);
            return TypedResults.Problem(title: "The Google credential is invalid or expired.", statusCode: StatusCodes.Status401Unauthorized);
        }

        // Concurrent first sign-ins race on the unique indexes (login key, email, username); the loser starts over.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var (user, created, problem) = await FindOrCreateAsync(identity, users, db, clock, ct);
                if (problem is not null)
                {
                    return problem;
                }

                if (user!.BannedAt is not null)
                {
                    return TypedResults.Problem(title: "This account is suspended.", statusCode: StatusCodes.Status403Forbidden);
                }

                var response = await AuthApi.SignInAsync(user, request.TokenDelivery ?? TokenDelivery.Cookie, db, tokens, http, null, ct);
                await transaction.CommitAsync(ct);
                LogSignedIn(logger, user.Id, created, ip);
                if (created)
                {
                    VitrinMetrics.SignUps.Add(1);
                    return TypedResults.Created($"/api/v1/users/{user.UserName}", response);
                }

                return TypedResults.Ok(response);
            }
            catch (Exception e) when (e is LostRaceException || ConstraintViolations.IsUnique(e))
            {
                db.ChangeTracker.Clear();
                if (attempt == MaxAttempts)
                {
                    return TypedResults.Problem(title: "The account changed while signing in. Try again.", statusCode: StatusCodes.Status409Conflict);
                }
            }
        }
    }

    private static async Task<(User? User, bool Created, ProblemHttpResult? Problem)> FindOrCreateAsync(
        GoogleIdentity identity, UserManager<User> users, VitrinDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var linkedId = await db.UserLogins
            .Where(l => l.LoginProvider == LoginProvider && l.ProviderKey == identity.Subject)
            .Select(l => (long?)l.UserId).FirstOrDefaultAsync(ct);
        if (linkedId is { } id)
        {
            var linked = await db.Users.FirstOrDefaultAsync(u => u.Id == id && u.DeletedAt == null, ct);
            return linked is null
                ? (null, false, TypedResults.Problem(title: "The Google credential is invalid or expired.", statusCode: StatusCodes.Status401Unauthorized))
                : (linked, false, null);
        }

        if (identity.Email is null || !identity.EmailVerified)
        {
            return (null, false, TypedResults.Problem(
                title: "Google has not verified this account's email address.", statusCode: StatusCodes.Status403Forbidden));
        }

        var existing = await users.FindByEmailAsync(identity.Email);
        if (existing is not null)
        {
            if (!existing.EmailConfirmed || existing.DeletedAt is not null)
            {
                return (null, false, TypedResults.Problem(
                    title: "An account with this email already exists. Sign in with its password.",
                    detail: "It can be linked to Google automatically only once its email address is confirmed.",
                    statusCode: StatusCodes.Status409Conflict));
            }

            if (existing.BannedAt is null)
            {
                AddLogin(db, existing, identity);
                await db.SaveChangesAsync(ct);
            }

            return (existing, false, null);
        }

        var user = new User
        {
            UserName = await UniqueUsernameAsync(identity, users),
            Email = identity.Email,
            EmailConfirmed = true,
            DisplayName = DisplayName(identity.Name),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user);
        if (!result.Succeeded)
        {
            // Only duplicates can fail here (the name is generated valid): a concurrent sign-up won.
            throw new LostRaceException();
        }

        AddLogin(db, user, identity);
        await db.SaveChangesAsync(ct);
        return (user, true, null);
    }

    private static void AddLogin(VitrinDbContext db, User user, GoogleIdentity identity) =>
        db.UserLogins.Add(new IdentityUserLogin<long>
        {
            LoginProvider = LoginProvider,
            ProviderKey = identity.Subject,
            ProviderDisplayName = "Google",
            UserId = user.Id,
        });

    /// <summary>A username from the email's local part (or the name), made unique with a random suffix.</summary>
    internal static async Task<string> UniqueUsernameAsync(GoogleIdentity identity, UserManager<User> users)
    {
        var stem = UsernameStem(identity.Email![..identity.Email!.IndexOf('@', StringComparison.Ordinal)]);
        if (stem.Length < 3)
        {
            stem = UsernameStem(identity.Name ?? "");
        }

        if (stem.Length < 3)
        {
            stem = "user";
        }

        var candidate = stem;
        for (var i = 0; await users.FindByNameAsync(candidate) is not null; i++)
        {
            candidate = $"{stem[..Math.Min(stem.Length, 22)]}_{RandomNumberGenerator.GetInt32(i < 3 ? 1000 : 1_000_000, i < 3 ? 10_000 : 10_000_000)}";
        }

        return candidate;
    }

    /// <summary>Letters and digits of <paramref name="text"/> (accents dropped), runs of anything else as one underscore.</summary>
    internal static string UsernameStem(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark
                     && builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        var stem = builder.ToString().Trim('_');
        return stem.Length > 30 ? stem[..30].TrimEnd('_') : stem;
    }

    private static string? DisplayName(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Any(char.IsControl))
        {
            return null;
        }

        return trimmed.Length > 60 ? trimmed[..60] : trimmed;
    }

    private sealed class LostRaceException : Exception;

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} signed in with Google (new account: {Created}) from {Ip}")]
    private static partial void LogSignedIn(ILogger logger, long userId, bool created, string? ip);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed Google sign-in from {Ip}")]
    private static partial void LogFailed(ILogger logger, string? ip);
}
