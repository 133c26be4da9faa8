using Hangfire;
using Vitrin.Api.Media;
using Vitrin.Api.Notifications;
using Vitrin.Api.Products;

namespace Vitrin.Api.Jobs;

/// <summary>
/// Every recurring job, in one place (celery-beat's schedule). Times are UTC. Each job is idempotent,
/// so a run repeated after a crash or by two workers does no harm.
/// </summary>
public static class RecurringJobs
{
    public const string LaunchAnnouncements = "launch-announcements";
    public const string AwardsDaily = "awards-daily";
    public const string AwardsWeekly = "awards-weekly";
    public const string AwardsMonthly = "awards-monthly";
    public const string NotificationDigest = "notification-digest";
    public const string OrphanedFileSweep = "orphaned-files";

    public static void Register(IRecurringJobManager jobs)
    {
        var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };

        // Backstop for launches whose announcement was not enqueued (scheduled launches, a crash after commit).
        jobs.AddOrUpdate<LaunchAnnouncements>(LaunchAnnouncements, j => j.AnnounceDueAsync(CancellationToken.None), Cron.Minutely(), utc);

        // Each closes the period that just ended, a few minutes after midnight UTC.
        jobs.AddOrUpdate<LeaderboardAwards>(AwardsDaily, j => j.RecordPreviousAsync(AwardPeriod.Day, CancellationToken.None), "5 0 * * *", utc);
        jobs.AddOrUpdate<LeaderboardAwards>(AwardsWeekly, j => j.RecordPreviousAsync(AwardPeriod.Week, CancellationToken.None), "10 0 * * 1", utc);
        jobs.AddOrUpdate<LeaderboardAwards>(AwardsMonthly, j => j.RecordPreviousAsync(AwardPeriod.Month, CancellationToken.None), "15 0 1 * *", utc);

        jobs.AddOrUpdate<NotificationDigest>(NotificationDigest, j => j.EnqueueDueAsync(CancellationToken.None), "0 7 * * *", utc);

        // Files no row references (a delete whose file removal failed, an upload whose transaction rolled back).
        jobs.AddOrUpdate<OrphanedFiles>(OrphanedFileSweep, j => j.SweepAsync(CancellationToken.None), "40 * * * *", utc);
    }
}
