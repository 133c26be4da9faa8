using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Search;

/// <summary>Search calls and unique words, so tests sharing one database never see each other's products.</summary>
public static class SearchData
{
    /// <summary>A word no other test uses: letters only, so every tokenizer and stemmer keeps it whole.</summary>
    public static string Word() => "zq" + string.Concat(Guid.NewGuid().ToByteArray().Take(7).Select(b => (char)('a' + (b % 26))));

    public static Task<HttpResponseMessage> GetSearchAsync(this HttpClient client, string path, string q, string extra = "") =>
        client.GetAsync($"/api/v1/search{path}?q={Uri.EscapeDataString(q)}{extra}");

    /// <summary>The ids of the first page of /search/products, in order.</summary>
    public static async Task<List<long>> SearchIdsAsync(this VitrinApp app, string q, string extra = "") =>
        (await (await app.Anonymous().GetSearchAsync("/products", q, extra)).ReadJsonAsync()).Ids().ToList();

    public static async Task<long> ProductAsync(this TestUser maker, string title, string? tagline = null, string? description = null,
        string[]? tags = null, string status = "published", string category = "developer-tools") =>
        (await maker.CreateAsync(status, category, tags, title, tagline: tagline, description: description)).Id();

    public static async Task EditAsync(this TestUser maker, long id, object changes)
    {
        var response = await maker.Client.PatchAsJsonAsync($"/api/v1/products/{id}", changes);
        await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    public static JsonElement Items(this JsonElement body, string name) => body.GetProperty(name);
}
