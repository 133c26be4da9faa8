using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Options;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Notifications;
using Vitrin.Api.Products;

namespace Vitrin.Api.Jobs;

/// <summary>
/// Hangfire is the durable job system (Celery's role): PostgreSQL storage in production, a SQLite file
/// on the embedded default. Storage, activator and filters are registered per service provider, not
/// through Hangfire's static globals, so several app instances in one process (tests) stay apart.
/// </summary>
public static class JobsSetup
{
    public static void AddVitrinJobs(this WebApplicationBuilder builder, DataDirectory data, bool worker)
    {
        if (worker)
        {
            builder.UseWorkerMode();
        }

        var services = builder.Services;
        var config = builder.Configuration;
        services.Configure<JobsOptions>(config.GetSection("Jobs"));
        var options = config.GetSection("Jobs").Get<JobsOptions>() ?? new JobsOptions();

        services.AddSingleton<JobStorage>(_ => CreateStorage(options, config, data));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IJobFilterProvider>(_ => new JobFilterProviderCollection(
            JobFilterProviders.Providers, new JobFilterCollection { RetryPolicy(options) }));
        services.AddHangfire((sp, c) => c
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (options.RunServer)
        {
            services.AddHangfireServer((sp, o) =>
            {
                o.WorkerCount = Math.Max(1, options.WorkerCount);
                o.SchedulePollingInterval = TimeSpan.FromSeconds(options.SchedulePollSeconds);
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";
            });
        }

        // Job classes; Hangfire resolves one per job run, in its own DI scope.
        services.AddScoped<LaunchAnnouncements>();
        services.AddScoped<LeaderboardAwards>();
        services.AddScoped<NotificationDigest>();
        services.AddHostedService<RecurringJobsRegistration>();
        services.AddSingleton<JobsDashboard>();
    }

    /// <summary>The same retry policy for every job; a job may override it with its own attribute.</summary>
    private static AutomaticRetryAttribute RetryPolicy(JobsOptions options)
    {
        var retry = new AutomaticRetryAttribute { Attempts = options.RetryAttempts, LogEvents = true };
        if (options.RetryDelaySeconds is { } delay)
        {
            retry.DelayInSecondsByAttemptFunc = _ => (int)Math.Ceiling(delay);
        }

        return retry;
    }

    private static JobStorage CreateStorage(JobsOptions options, IConfiguration config, DataDirectory data)
    {
        var queuePoll = TimeSpan.FromSeconds(options.QueuePollSeconds);
        var storage = options.Storage.ToLowerInvariant() switch
        {
            "inmemory" => "inmemory",
            "postgres" => "postgres",
            "sqlite" => "sqlite",
            _ => DatabaseSetup.IsPostgres(config) ? "postgres" : "sqlite",
        };
        switch (storage)
        {
            case "inmemory":
                return new InMemoryStorage(new InMemoryStorageOptions());
            case "postgres":
                var connection = config.GetConnectionString("Postgres")
                    ?? throw new InvalidOperationException("Jobs use PostgreSQL storage but ConnectionStrings:Postgres is not set.");
                var pg = new PostgreSqlStorageOptions { QueuePollInterval = queuePoll, PrepareSchemaIfNecessary = true, SchemaName = "hangfire" };
                return new PostgreSqlStorage(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(connection, pg), pg);
            default:
                return new SQLiteStorage(Path.Combine(data.Path, "jobs.db"), new SQLiteStorageOptions { QueuePollInterval = queuePoll });
        }
    }

    /// <summary>
    /// Registers the recurring jobs when the process starts (API and worker alike; updating is
    /// idempotent). Registering takes Hangfire's lock on each job, and a process killed while holding
    /// one leaves it until it expires (10 minutes on PostgreSQL); the storage may also fail mid-way.
    /// Neither stops the process: after a failed first try it logs a warning and retries in the
    /// background, every few seconds up to a minute apart, until it succeeds.
    /// </summary>
    internal sealed class RecurringJobsRegistration(IRecurringJobManager manager, ILogger<RecurringJobsRegistration> logger) : BackgroundService
    {
        /// <summary>The first retry's delay; each next one doubles, up to a minute.</summary>
        private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(2);

        private bool _registered;

        public override Task StartAsync(CancellationToken cancellationToken)
        {
            _registered = TryRegister();
            return base.StartAsync(cancellationToken);
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            var delay = FirstRetryDelay;
            while (!_registered)
            {
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromMinutes(1).Ticks));
                _registered = TryRegister();
            }
        }

        private bool TryRegister()
        {
            try
            {
                RecurringJobs.Register(manager);
                return true;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "The recurring jobs could not be registered (job storage down or a job's lock held); retrying in the background.");
                return false;
            }
        }
    }
}

/// <summary>
/// Hangfire's log provider is one per process (a static), set by the host that configured Hangfire
/// last. With several hosts in one process (the tests) that host may have stopped, disposing its
/// logger factory, while another starts its job server, whose constructor asks for loggers: with
/// Hangfire's own provider the server then fails to start and its jobs wait forever. This one logs
/// through the factory while it lives and drops the lines of loggers asked for after.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory factory) : Hangfire.Logging.ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public Hangfire.Logging.ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : Hangfire.Logging.ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
