using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Vitrin.Api.Infrastructure;

/// <summary>
/// Graceful stop on SIGTERM: readiness turns unhealthy first and the server keeps answering for
/// <c>Shutdown:DrainSeconds</c> (default 5 in Production, else 0), so a load balancer polling <c>/health/ready</c> stops
/// sending before the listener closes; then Kestrel lets in-flight requests finish
/// (up to the host's shutdown timeout) and the process exits 0.
/// </summary>
public sealed partial class ShutdownDrain(IConfiguration configuration, IHostEnvironment environment, ILogger<ShutdownDrain> logger) : IHostedLifecycleService, IHealthCheck
{
    private volatile bool _draining;

    public static void AddVitrinShutdownDrain(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ShutdownDrain>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ShutdownDrain>());
        builder.Services.AddHealthChecks().AddCheck<ShutdownDrain>("shutdown", tags: [Health.ReadyTag]);
        var timeout = builder.Configuration.GetValue("Shutdown:TimeoutSeconds", 30);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(timeout));
    }

    // Runs before any hosted service stops, the web server included.
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        _draining = true;
        var drain = TimeSpan.FromSeconds(configuration.GetValue("Shutdown:DrainSeconds", environment.IsProduction() ? 5 : 0));
        if (drain <= TimeSpan.Zero)
        {
            return;
        }

        LogDraining(logger, drain.TotalSeconds);
        await Task.Delay(drain, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_draining ? HealthCheckResult.Unhealthy("Shutting down.") : HealthCheckResult.Healthy());

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: readiness fails now; serving {Seconds} s more before the listener closes")]
    private static partial void LogDraining(ILogger logger, double seconds);
}
