using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Vitrin.Api.Infrastructure;

public static class Health
{
    public const string ReadyTag = "ready";

    /// <summary>
    /// Publishes readiness as the gauge <c>vitrin_ready</c> (1 healthy, 0.5 degraded, 0 unhealthy)
    /// every 10 s, so Prometheus can alert on it without probing <c>/health/ready</c> itself.
    /// </summary>
    public static void AddReadinessGauge(this IServiceCollection services)
    {
        services.Configure<HealthCheckPublisherOptions>(o =>
        {
            o.Delay = TimeSpan.FromSeconds(2);
            o.Period = TimeSpan.FromSeconds(10);
            o.Predicate = c => c.Tags.Contains(ReadyTag);
        });
        services.AddSingleton<IHealthCheckPublisher, ReadinessGauge>();
    }

    /// <summary>/health/live answers while the process runs; /health/ready checks its dependencies.</summary>
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .WithName("Live").ExcludeFromDescription();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync })
            .WithName("Ready").ExcludeFromDescription();
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        http.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString().ToLowerInvariant(), description = e.Value.Description, durationMs = (int)e.Value.Duration.TotalMilliseconds }),
        };
        return JsonSerializer.SerializeAsync(http.Response.Body, body, JsonSerializerOptions.Web, http.RequestAborted);
    }
}

internal sealed class ReadinessGauge : IHealthCheckPublisher
{
    // One per process (test hosts start many apps in one).
    private static readonly System.Diagnostics.Metrics.Meter Meter = new(VitrinMetrics.MeterName);
    private static double _ready = 1;

    static ReadinessGauge() =>
        Meter.CreateObservableGauge("vitrin.ready", () => Volatile.Read(ref _ready), description: "Readiness: 1 healthy, 0.5 degraded, 0 unhealthy");

    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _ready, report.Status switch { HealthStatus.Healthy => 1, HealthStatus.Degraded => 0.5, _ => 0 });
        return Task.CompletedTask;
    }
}
