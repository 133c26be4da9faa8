using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vitrin.Api.Auth;
using Vitrin.Api.Data;
using Vitrin.Api.Users;

namespace Vitrin.Api.Jobs;

/// <summary>
/// Hangfire's dashboard at /admin/jobs, for admins only. The API authenticates with bearer tokens,
/// which a browser does not send on navigation, so an admin first calls
/// <c>POST /api/v1/admin/jobs/dashboard-session</c>: it sets a short-lived, signed cookie naming the
/// admin (HttpOnly, SameSite=Strict, path /admin/jobs). Every dashboard request re-checks in the database
/// that this user is still an admin, not banned or erased, and signed in after their tokens' cut-off.
/// </summary>
public sealed class JobsDashboard(SigningKey signingKey, IOptions<JobsOptions> options)
{
    public const string Path = "/admin/jobs";
    public const string Cookie = "vitrin_jobs";

    // Derived from the JWT signing key, so every API instance (and a restarted one) accepts the cookie.
    private readonly byte[] _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, signingKey.Key.Key, 32, info: "vitrin-jobs-dashboard"u8.ToArray());

    /// <summary>A cookie value naming the admin and the session's start and end, signed with HMAC-SHA256.</summary>
    public (string Value, DateTimeOffset Expires) CreateSession(long userId, DateTimeOffset now)
    {
        var expires = now.AddMinutes(options.Value.DashboardSessionMinutes);
        var payload = string.Create(CultureInfo.InvariantCulture, $"{userId}.{now.ToUnixTimeSeconds()}.{expires.ToUnixTimeSeconds()}");
        return ($"{payload}.{Sign(payload)}", expires);
    }

    /// <summary>The admin's id and the session's start, or null for a missing, forged or expired cookie.</summary>
    public (long UserId, DateTime IssuedAt)? ReadSession(string? cookie, DateTimeOffset now)
    {
        var parts = cookie is { Length: < 200 } ? cookie.Split('.') : [];
        if (parts.Length != 4
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(string.Join('.', parts[..3]))), Encoding.ASCII.GetBytes(parts[3]))
            || !long.TryParse(parts[0], CultureInfo.InvariantCulture, out var userId)
            || !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var issued)
            || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var expires)
            || now.ToUnixTimeSeconds() >= expires)
        {
            return null;
        }

        return (userId, DateTimeOffset.FromUnixTimeSeconds(issued).UtcDateTime);
    }

    private string Sign(string payload) => Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(payload)));

    public static void Map(WebApplication app) =>
        app.MapHangfireDashboard(Path, new DashboardOptions
        {
            AppPath = "/",
            DashboardTitle = "Vitrin jobs",
            DisplayStorageConnectionString = false,
            Authorization = [],
            AsyncAuthorization = [new AdminOnly()],
        });

    private sealed class AdminOnly : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            var http = context.GetHttpContext();
            var dashboard = http.RequestServices.GetRequiredService<JobsDashboard>();
            var clock = http.RequestServices.GetRequiredService<TimeProvider>();
            if (dashboard.ReadSession(http.Request.Cookies[Cookie], clock.GetUtcNow()) is not { } session)
            {
                return false;
            }

            var db = http.RequestServices.GetRequiredService<VitrinDbContext>();
            return await db.Users.AsNoTracking()
                .Where(u => u.Id == session.UserId && u.BannedAt == null && u.DeletedAt == null
                    && (u.TokensValidAfter == null || u.TokensValidAfter <= session.IssuedAt.AddSeconds(1)))
                .AnyAsync(u => db.UserRoles.Any(ur => ur.UserId == u.Id
                    && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == Roles.Admin.ToUpperInvariant())), http.RequestAborted);
        }
    }
}
