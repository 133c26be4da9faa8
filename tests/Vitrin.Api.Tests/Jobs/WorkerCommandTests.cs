using System.Diagnostics;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Jobs;

/// <summary>The <c>worker</c> command: a separate process that runs the jobs an API without a job server queued.</summary>
public sealed class WorkerCommandTests
{
    [Fact]
    public async Task AWorkerProcessRunsJobsQueuedByTheApi()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var api = await JobTestApps.StartAsync(database, runServer: false);
        var user = await api.RegisterAsync("workerjob");
        var mail = Path.Combine(database.DataDirectory, "mail");
        Assert.False(Directory.Exists(mail) && Directory.GetFiles(mail).Length > 0, "The API runs no jobs itself.");

        using var worker = StartWorker(database);
        try
        {
            await Eventually.WaitAsync(
                () => Task.FromResult(Directory.Exists(mail) && Directory.GetFiles(mail, "*.eml")
                    .Any(f => File.ReadAllText(f).Contains($"{user.Username}@example.com", StringComparison.Ordinal))),
                found => found, timeoutSeconds: 60);
        }
        finally
        {
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    private static Process StartWorker(TestDatabase database)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("worker");
        start.ArgumentList.Add("--data-dir");
        start.ArgumentList.Add(database.DataDirectory);
        foreach (var (key, value) in database.Settings().Where(s => s.Key != "Vitrin:DataDirectory"))
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.ArgumentList.Add("--Jobs:QueuePollSeconds=0.2");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        var process = Process.Start(start)!;
        // Drain the output so the process never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
