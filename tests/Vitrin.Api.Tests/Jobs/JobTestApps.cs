using System.Collections.Concurrent;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Jobs;

/// <summary>Apps whose jobs use the real durable storage of the provider under test (SQLite file or PostgreSQL).</summary>
public static class JobTestApps
{
    public static async Task<VitrinApp> StartAsync(TestDatabase database, bool runServer = true)
    {
        var app = new VitrinApp().UsingDatabase(database).WithSettings(
            ("Jobs:Storage", "Auto"),
            ("Jobs:RunServer", runServer ? "true" : "false"),
            ("Jobs:QueuePollSeconds", "0.2"),
            ("Jobs:SchedulePollSeconds", "1"),
            ("Jobs:RetryDelaySeconds", "1"));
        await app.InitializeAsync();
        return app;
    }

    /// <summary>Waits until the job reaches <paramref name="state"/> (Succeeded, Failed…) and returns its state history, newest first.</summary>
    public static async Task<IList<Hangfire.Storage.Monitoring.StateHistoryDto>> WaitForStateAsync(
        VitrinApp app, string jobId, string state, int timeoutSeconds = 60)
    {
        // Generous: on a loaded machine the scheduler's polls (retries) can lag well behind their interval.
        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var history = monitoring.JobDetails(jobId)?.History ?? [];
            if (history.FirstOrDefault()?.StateName == state)
            {
                return history;
            }

            Assert.True(DateTime.UtcNow < deadline,
                $"Job {jobId} not {state} after {timeoutSeconds} s: {string.Join(" <- ", history.Select(h => $"{h.StateName} {h.CreatedAt:HH:mm:ss.fff}"))}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}

/// <summary>Test jobs; the counters are static because Hangfire builds a new instance per run.</summary>
public sealed class TestJobs
{
    public static ConcurrentDictionary<Guid, int> Attempts { get; } = new();

    public void Record(Guid key) => Attempts.AddOrUpdate(key, 1, (_, n) => n + 1);

    public void FailTwiceThenSucceed(Guid key)
    {
        if (Attempts.AddOrUpdate(key, 1, (_, n) => n + 1) <= 2)
        {
            throw new InvalidOperationException("Simulated failure.");
        }
    }
}
