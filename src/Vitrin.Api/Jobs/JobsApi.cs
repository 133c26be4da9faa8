using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Vitrin.Api.Auth;
using Vitrin.Api.Infrastructure;

namespace Vitrin.Api.Jobs;

public sealed record RecurringJobStatus(string Id, string Cron, DateTime? NextExecution, DateTime? LastExecution, string? LastJobState);

public sealed record JobsStatusResponse(
    long Servers, long Enqueued, long Scheduled, long Processing, long Succeeded, long Failed, long Retries,
    IReadOnlyList<RecurringJobStatus> Recurring);

/// <summary>Admin routes for the job system: a JSON status, and the cookie that opens the dashboard.</summary>
public static class JobsApi
{
    public static RouteGroupBuilder MapJobsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/admin/jobs").WithTags("Jobs").RequireAuthorization(AuthSetup.AdminPolicy);
        group.MapGet("", Status).WithName("GetJobsStatus")
            .WithSummary("Job system status: counts by state and the recurring jobs (admin)");
        group.MapPost("/dashboard-session", DashboardSession).WithName("OpenJobsDashboard")
            .WithSummary("Open the jobs dashboard (admin)")
            .WithDescription("Sets a short-lived HttpOnly, SameSite=Strict cookie scoped to /admin/jobs; then navigate to /admin/jobs. "
                + "Each dashboard request re-checks that the user is still an admin.");
        return api;
    }

    private static Ok<JobsStatusResponse> Status(JobStorage storage)
    {
        var stats = storage.GetMonitoringApi().GetStatistics();
        using var connection = storage.GetConnection();
        var recurring = connection.GetRecurringJobs()
            .Select(r => new RecurringJobStatus(r.Id, r.Cron, r.NextExecution, r.LastExecution, r.LastJobState))
            .OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new JobsStatusResponse(
            stats.Servers, stats.Enqueued, stats.Scheduled, stats.Processing, stats.Succeeded, stats.Failed, stats.Retries ?? 0, recurring));
    }

    private static NoContent DashboardSession(
        HttpContext http, JobsDashboard dashboard, IOptions<AuthOptions> auth, TimeProvider clock)
    {
        var (value, expires) = dashboard.CreateSession(http.User.GetUserId(), clock.GetUtcNow());
        http.Response.Cookies.Append(JobsDashboard.Cookie, value, new CookieOptions
        {
            HttpOnly = true,
            Secure = auth.Value.SecureCookie,
            SameSite = SameSiteMode.Strict,
            Path = JobsDashboard.Path,
            Expires = expires,
            IsEssential = true,
        });
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.NoContent();
    }
}
