using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Vitrin.Api.Tests.Infrastructure;

/// <summary>Creates products through the API, the way a maker would.</summary>
public static class TestProducts
{
    public const string Description = "A product description that is long enough to publish.";

    public static async Task<JsonElement> CreateAsync(
        this TestUser maker, string status = "published", string category = "developer-tools",
        string[]? tags = null, string? title = null, DateTime? launchAt = null, string? tagline = null, string? description = null)
    {
        var response = await maker.Client.PostAsJsonAsync("/api/v1/products", new
        {
            title = title ?? $"Product {Guid.NewGuid().ToString("N")[..8]}",
            tagline = tagline ?? "Does one thing well",
            description = description ?? Description,
            websiteUrl = "https://example.com",
            category,
            tags = tags ?? [],
            status,
            launchAt,
        });
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    public static long Id(this JsonElement product) => product.GetProperty("id").GetInt64();

    public static IEnumerable<long> Ids(this JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64());
}
