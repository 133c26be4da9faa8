using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Vitrin.Api.Infrastructure;

/// <summary>
/// OpenTelemetry: metrics for Prometheus at <c>/metrics</c> (HTTP server, Kestrel, runtime, EF Core,
/// Npgsql and Vitrin's own counters); traces over OTLP when <c>OpenTelemetry:OtlpEndpoint</c> is set.
/// Logs are the JSON console logs, which carry trace and span ids.
/// </summary>
public static class Telemetry
{
    public static void AddVitrinTelemetry(this WebApplicationBuilder builder)
    {
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("vitrin-api"))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddMeter("System.Runtime", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.EntityFrameworkCore", "Npgsql", VitrinMetrics.MeterName)
                .AddPrometheusExporter());
        if (builder.Configuration["OpenTelemetry:OtlpEndpoint"] is { Length: > 0 } endpoint)
        {
            otel.WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddSource("Npgsql")
                .AddOtlpExporter(o => o.Endpoint = new Uri(endpoint)));
        }
    }

    /// <summary>Prometheus text format. Meant for the monitoring network: the nginx front does not pass it on.</summary>
    public static void MapMetrics(this WebApplication app) =>
        app.MapPrometheusScrapingEndpoint("/metrics").WithTags("Platform").ExcludeFromDescription();
}

/// <summary>Vitrin's business counters (Prometheus names: <c>vitrin_…_total</c>).</summary>
public static class VitrinMetrics
{
    public const string MeterName = "Vitrin";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> SignUps = Meter.CreateCounter<long>("vitrin.signups", description: "Accounts registered");

    public static readonly Counter<long> Launches = Meter.CreateCounter<long>("vitrin.launches", description: "Products published for the first time");

    public static readonly Counter<long> Upvotes = Meter.CreateCounter<long>("vitrin.upvotes", description: "Product upvotes added (direction=up) or removed (down)");

    public static readonly Counter<long> Comments = Meter.CreateCounter<long>("vitrin.comments", description: "Comments posted");

    public static readonly Counter<long> CacheRequests = Meter.CreateCounter<long>("vitrin.cache.requests", description: "Public cache look-ups");

    public static readonly Counter<long> JobFailures = Meter.CreateCounter<long>("vitrin.job.failures", description: "Background job runs that failed (label task)");

    public static readonly Counter<long> CacheMisses = Meter.CreateCounter<long>("vitrin.cache.misses", description: "Public cache look-ups answered from the database");
}
