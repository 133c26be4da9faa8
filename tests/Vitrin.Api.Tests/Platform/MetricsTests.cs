using System.Net;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Platform;

public sealed class MetricsTests(VitrinApp app)
{
    [Fact]
    public async Task MetricsAreServedInPrometheusFormatWithHttpRuntimeAndBusinessSeries()
    {
        var maker = await app.RegisterAsync("metricsmaker");
        var voter = await app.RegisterAsync("metricsvoter");
        var product = await maker.CreateAsync();
        (await voter.Client.PutAsync($"/api/v1/products/{product.Id()}/upvote", null)).EnsureSuccessStatusCode();
        await app.Anonymous().GetStringAsync("/api/v1/products");

        // The exporter collects on scrape and keeps a scrape's text briefly, and a request's duration is
        // recorded after its answer reached the client: scrape until the HTTP series shows (or 10 s).
        HttpResponseMessage response;
        string text;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        do
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            response = await app.Anonymous().GetAsync("/metrics");
            text = await response.Content.ReadAsStringAsync();
        }
        while (!text.Contains("http_server_request_duration_seconds_bucket", StringComparison.Ordinal) && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("http_server_request_duration_seconds_bucket", text);
        Assert.Contains("dotnet_gc_collections_total", text);
        Assert.Contains("vitrin_signups_total", text);
        Assert.Contains("vitrin_launches_total", text);
        Assert.Contains("vitrin_upvotes_total{", text);
        Assert.Contains("vitrin_cache_requests_total", text);
    }

    [Fact]
    public async Task MetricsAreNotPartOfTheApiDocument()
    {
        var document = await app.Anonymous().GetStringAsync("/openapi/v1.json");
        Assert.DoesNotContain("\"/metrics\"", document);
    }
}
