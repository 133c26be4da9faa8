using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Vitrin.Api.Jobs;
using Vitrin.Api.Storage;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Jobs;

/// <summary>The orphaned-file sweep runs as a recurring job (its rules are tested in Media/OrphanedFilesTests).</summary>
public sealed class OrphanedFileJobTests
{
    [Fact]
    public async Task TheRecurringSweepRunsOnTheJobServerAndKeepsFreshFiles()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var app = await JobTestApps.StartAsync(database);
        var storage = app.Services.GetRequiredService<IFileStorage>();
        var fresh = StorageKeys.For(StorageKeys.NewStem(StorageKeys.Gallery), null);
        await storage.SaveAsync(fresh, [1], "image/webp", CancellationToken.None);

        var manager = (IRecurringJobManagerV2)app.Services.GetRequiredService<IRecurringJobManager>();
        var jobId = manager.TriggerJob(RecurringJobs.OrphanedFileSweep);
        await JobTestApps.WaitForStateAsync(app, jobId, "Succeeded");

        var keys = new List<string>();
        await foreach (var file in storage.ListAsync(CancellationToken.None))
        {
            keys.Add(file.Key);
        }

        // Younger than an hour: it may belong to an upload whose row is not committed yet.
        Assert.Contains(fresh, keys);
    }
}
