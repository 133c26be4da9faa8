using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Jobs;

/// <summary>Hangfire on the real storage of the provider under test: retries with backoff, and durability across restarts.</summary>
public sealed class DurableJobTests
{
    [Fact]
    public async Task AJobThatFailsTwiceIsRetriedUntilItSucceeds()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var app = await JobTestApps.StartAsync(database);
        var key = Guid.NewGuid();

        var jobId = app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<TestJobs>(j => j.FailTwiceThenSucceed(key));

        var history = await JobTestApps.WaitForStateAsync(app, jobId, "Succeeded");
        Assert.Equal(3, TestJobs.Attempts[key]);
        // Each failure scheduled a retry after a delay (the backoff) before the job ran again.
        Assert.True(history.Count(h => h.StateName == "Scheduled") >= 2,
            string.Join(", ", history.Reverse().Select(h => $"{h.StateName} ({h.Reason})")));
    }

    [Fact]
    public async Task AJobQueuedBeforeARestartRunsAfterIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        var key = Guid.NewGuid();
        string jobId;
        await using (var before = await JobTestApps.StartAsync(database, runServer: false))
        {
            jobId = before.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<TestJobs>(j => j.Record(key));
            await Task.Delay(500, TestContext.Current.CancellationToken);
            Assert.False(TestJobs.Attempts.ContainsKey(key), "No server was running: the job must still be queued.");
        }

        await using var after = await JobTestApps.StartAsync(database);

        await JobTestApps.WaitForStateAsync(after, jobId, "Succeeded");
        Assert.Equal(1, TestJobs.Attempts[key]);
    }
}
