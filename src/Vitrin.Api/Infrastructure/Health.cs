using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Vitrin.Api.Infrastructure;

public static class Health
{
    public const string ReadyTag = "ready";

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
