namespace Vitrin.Api.Jobs;

/// <summary>Settings under <c>Jobs</c>.</summary>
public sealed class JobsOptions
{
    /// <summary>
    /// <c>Auto</c> (default): PostgreSQL when the database is PostgreSQL, else a SQLite file in the data
    /// folder. <c>InMemory</c> is for tests only: jobs do not survive a restart.
    /// </summary>
    public string Storage { get; set; } = "Auto";

    /// <summary>Process jobs in this process. Production runs the API with false and a separate <c>worker</c>.</summary>
    public bool RunServer { get; set; } = true;

    public int WorkerCount { get; set; } = 4;

    /// <summary>How often an idle worker looks for new jobs (SQLite and PostgreSQL storage).</summary>
    public double QueuePollSeconds { get; set; } = 5;

    /// <summary>How often the server moves due retries and scheduled jobs to the queue.</summary>
    public double SchedulePollSeconds { get; set; } = 15;

    /// <summary>Attempts after the first failure; the delays grow as Hangfire's default backoff (attempt⁴ + 15 s + jitter).</summary>
    public int RetryAttempts { get; set; } = 10;

    /// <summary>When set, retries wait exactly this long instead (tests).</summary>
    public double? RetryDelaySeconds { get; set; }

    /// <summary>Lifetime of the cookie that opens the dashboard at /admin/jobs.</summary>
    public int DashboardSessionMinutes { get; set; } = 30;
}
