using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Categories;

/// <summary>Creates and reads categories through the API.</summary>
public static class TestCategories
{
    public static string UniqueName(string prefix = "Category") => $"{prefix} {Guid.NewGuid().ToString("N")[..10]}";

    public static async Task<JsonElement> CreateCategoryAsync(this TestUser admin, string? name = null)
    {
        var response = await admin.Client.PostAsJsonAsync("/api/v1/categories", new { name = name ?? UniqueName() });
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    public static async Task<JsonElement> GetCategoryAsync(this HttpClient client, string slug) =>
        await (await client.GetAsync($"/api/v1/categories/{slug}")).ReadJsonAsync();

    public static string Slug(this JsonElement category) => category.GetProperty("slug").GetString()!;

    public static int ProductCount(this JsonElement category) => category.GetProperty("productCount").GetInt32();

    public static bool ViewerFollows(this JsonElement category) => category.GetProperty("viewerFollows").GetBoolean();
}
