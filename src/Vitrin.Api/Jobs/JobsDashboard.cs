using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vitrin.Api.Auth;
using Vitrin.Api.Data;
using Vitrin.Api.Users;

namespace Vitrin.Api.Jobs;

/// <summary>
/// Hangfire's dashboard at /admin/jobs, for admins only. The API authenticates with bearer tokens,
/// which a browser does not send on navigation, so an admin first calls
/// <c>POST /api/v1/admin/jobs/dashboard-session</c>: it sets a short-lived, encrypted cookie naming the
/// admin (HttpOnly, SameSite=Strict, path /admin/jobs). Every dashboard request re-checks in the database
/// that this user is still an admin, not banned or erased, and signed in after their tokens' cut-off.
/// </summary>
public sealed class JobsDashboard(IDataProtectionProvider protection, IOptions<JobsOptions> options)
{
    public const string Path = "/admin/jobs";
    public const string Cookie = "vitrin_jobs";

    private ITimeLimitedDataProtector Protector =>
        protection.CreateProtector("Vitrin.Jobs.Dashboard").ToTimeLimitedDataProtector();

    public (string Value, DateTimeOffset Expires) CreateSession(long userId, DateTimeOffset now)
    {
        var expires = now.AddMinutes(options.Value.DashboardSessionMinutes);
        var issued = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (Protector.Protect($"{userId}:{issued}", expires), expires);
    }

    /// <summary>The admin's id and the session's start, or null for a missing, forged or expired cookie.</summary>
    public (long UserId, DateTime IssuedAt)? ReadSession(string? cookie)
    {
        if (string.IsNullOrEmpty(cookie) || cookie.Length > 2000)
        {
            return null;
        }

        try
        {
            var parts = Protector.Unprotect(cookie).Split(':');
            return (long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
                DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)).UtcDateTime);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

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
            if (dashboard.ReadSession(http.Request.Cookies[Cookie]) is not { } session)
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
