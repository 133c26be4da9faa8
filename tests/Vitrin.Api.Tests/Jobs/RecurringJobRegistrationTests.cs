using System.Collections.Concurrent;
using System.Net;
using Hangfire;
using Hangfire.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Vitrin.Api.Jobs;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Jobs;

/// <summary>
/// Registering the recurring jobs can fail at start (job storage down, or a job's lock left by a
/// process killed while holding it, which on PostgreSQL lasts 10 minutes). That must not stop the
/// process; the registration is retried until it goes through.
/// </summary>
public sealed class RecurringJobRegistrationTests
{
    [Fact]
    public async Task AFailedRegistrationDoesNotStopTheStartAndIsRetried()
    {
        var manager = new FlakyManager(failures: 1);
        await using var app = new FlakyRegistrationApp(manager);
        await app.InitializeAsync();

        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!manager.Registered.ContainsKey(RecurringJobs.OrphanedFileSweep))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not registered again after 30 s ({manager.Attempts} attempts).");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.True(manager.Attempts >= 2);
        Assert.Contains(RecurringJobs.LaunchAnnouncements, manager.Registered.Keys);
    }

    /// <summary>Throws on the first <c>failures</c> registrations, like Hangfire does when a job's lock is held.</summary>
    private sealed class FlakyManager(int failures) : IRecurringJobManager
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        public ConcurrentDictionary<string, string> Registered { get; } = new();

        public void AddOrUpdate(string recurringJobId, Job job, string cronExpression, RecurringJobOptions options)
        {
            if (Interlocked.Increment(ref _attempts) <= failures)
            {
                throw new TimeoutException($"Timeout expired before obtaining the lock of recurring job '{recurringJobId}'.");
            }

            Registered[recurringJobId] = cronExpression;
        }

        public void Trigger(string recurringJobId) => throw new NotSupportedException();

        public void RemoveIfExists(string recurringJobId) => Registered.TryRemove(recurringJobId, out _);
    }

    private sealed class FlakyRegistrationApp(IRecurringJobManager manager) : VitrinApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(manager));
        }
    }
}
