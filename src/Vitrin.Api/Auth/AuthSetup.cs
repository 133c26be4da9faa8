using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Users;

namespace Vitrin.Api.Auth;

public static partial class AuthSetup
{
    public const string PerIpPolicy = "auth-per-ip";

    /// <summary>Token refreshes: every open tab refreshes, so they get their own, larger per-IP bucket.</summary>
    public const string RefreshPolicy = "auth-refresh";
    public const string ModeratorPolicy = "moderator";
    public const string AdminPolicy = "admin";

    public static void AddVitrinAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<AuthOptions>(builder.Configuration.GetSection("Auth"));
        services.AddSingleton<SigningKey>();
        services.AddSingleton<LoginThrottle>();
        services.AddScoped<TokenIssuer>();
        services.AddGoogleSignIn(builder.Configuration);

        services.AddIdentityCore<User>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
                o.Password.RequiredLength = PasswordRules.MinLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
            })
            .AddRoles<IdentityRole<long>>()
            .AddEntityFrameworkStores<VitrinDbContext>()
            .AddPasswordValidator<PasswordRules>()
            .AddDefaultTokenProviders();
        // PBKDF2-HMAC-SHA512; hashes made with fewer iterations are upgraded at the next sign-in.
        services.AddOptions<PasswordHasherOptions>()
            .Configure<IOptions<AuthOptions>>((o, auth) => o.IterationCount = auth.Value.PasswordHashIterations);

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKey, IOptions<AuthOptions>>((o, key, auth) =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = auth.Value.Issuer,
                    ValidAudience = auth.Value.Audience,
                    IssuerSigningKey = key.Key,
                    ValidAlgorithms = [TokenIssuer.Algorithm],
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    ValidateIssuerSigningKey = true,
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = "name",
                    RoleClaimType = "role",
                };
                o.Events = new JwtBearerEvents
                {
                    OnTokenValidated = RejectRevokedAccounts,
                    OnAuthenticationFailed = context =>
                    {
                        LogTokenRejected(Logger(context.HttpContext), context.Request.Path, context.HttpContext.Connection.RemoteIpAddress?.ToString(), context.Exception.GetType().Name);
                        return Task.CompletedTask;
                    },
                    OnForbidden = context =>
                    {
                        LogForbidden(Logger(context.HttpContext), context.Request.Path, context.Principal?.FindUserId(), context.HttpContext.Connection.RemoteIpAddress?.ToString());
                        return Task.CompletedTask;
                    },
                };
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(ModeratorPolicy, p => p.RequireRole(Roles.Moderator, Roles.Admin))
            .AddPolicy(AdminPolicy, p => p.RequireRole(Roles.Admin));

        services.AddSingleton<SharedRateLimits>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PerIpPolicy, http =>
            {
                var auth = http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value;
                return http.RequestServices.GetRequiredService<SharedRateLimits>().FixedWindow(
                    PerIpPolicy, http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = auth.PerIpPermits,
                        Window = TimeSpan.FromSeconds(auth.PerIpWindowSeconds),
                        QueueLimit = 0,
                    });
            });
            o.AddPolicy(RefreshPolicy, http =>
            {
                var auth = http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value;
                return http.RequestServices.GetRequiredService<SharedRateLimits>().FixedWindow(
                    RefreshPolicy, http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = auth.PerIpPermits * 5,
                        Window = TimeSpan.FromSeconds(auth.PerIpWindowSeconds),
                        QueueLimit = 0,
                    });
            });
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                // Window limiters say when their window reopens; a full queue (the search limit) frees up within a second.
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromSeconds(1);
                LogRateLimited(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Vitrin.RateLimit"),
                    http.Request.Path, http.Connection.RemoteIpAddress?.ToString());
                await Problems.TooManyRequests(http, wait).ExecuteAsync(http);
            };
        });
    }

    /// <summary>
    /// Access tokens of banned or erased accounts stop working at once, as do tokens issued
    /// before the account's <see cref="User.TokensValidAfter"/>.
    /// </summary>
    private static async Task RejectRevokedAccounts(TokenValidatedContext context)
    {
        var id = context.Principal?.FindUserId();
        if (id is null)
        {
            context.Fail("Token has no subject.");
            return;
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<VitrinDbContext>();
        var state = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.BannedAt, u.DeletedAt, u.TokensValidAfter })
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        var issuedAt = context.SecurityToken.ValidFrom;
        if (state is null || state.BannedAt is not null || state.DeletedAt is not null
            || (state.TokensValidAfter is { } after && issuedAt < after.AddSeconds(-1)))
        {
            context.Fail("The account's tokens were revoked.");
        }
    }

    private static ILogger Logger(HttpContext http) =>
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Vitrin.Auth");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Access token rejected on {Path} from {Ip}: {Reason}")]
    private static partial void LogTokenRejected(ILogger logger, string path, string? ip, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forbidden: {Path} for user {UserId} from {Ip}")]
    private static partial void LogForbidden(ILogger logger, string path, long? userId, string? ip);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit hit on {Path} from {Ip}")]
    private static partial void LogRateLimited(ILogger logger, string path, string? ip);
}
