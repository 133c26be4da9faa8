using System.Net;
using System.Net.Http.Json;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Tests.Moderation;

namespace Vitrin.Api.Tests.Search;

public sealed class CombinedSearchTests(VitrinApp app)
{
    [Fact]
    public async Task AnswersFiveOfEachKindAtMost()
    {
        var word = SearchData.Word();
        var maker = await app.RegisterAsync(word);
        for (var i = 0; i < 7; i++)
        {
            await maker.ProductAsync($"{word} {i}", tags: [$"{word}-t{i}"]);
        }

        for (var i = 0; i < 6; i++)
        {
            await app.RegisterAsync(word);
        }

        var body = await (await app.Anonymous().GetSearchAsync("", word)).ReadJsonAsync();

        Assert.Equal(["products", "users", "categories", "tags"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(5, body.GetProperty("products").GetArrayLength());
        Assert.Equal(5, body.GetProperty("users").GetArrayLength());
        Assert.Equal(5, body.GetProperty("tags").GetArrayLength());
        Assert.Empty(body.GetProperty("categories").EnumerateArray());
        var product = body.GetProperty("products")[0];
        Assert.True(product.TryGetProperty("upvoteCount", out _) && product.TryGetProperty("category", out _));
        Assert.Equal(["id", "username", "displayName", "avatarUrl"], body.GetProperty("users")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["slug", "productCount"], body.GetProperty("tags")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task PrefixOfTheWordBeingTypedFindsProducts()
    {
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("typist");
        var id = await maker.ProductAsync($"{word}flow", tagline: "Automations for everyone");

        var body = await (await app.Anonymous().GetSearchAsync("", $"{word}fl")).ReadJsonAsync();

        Assert.Equal([id], body.GetProperty("products").EnumerateArray().Select(p => p.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task CategoriesMatchByNameOrSlugPrefix()
    {
        var body = await (await app.Anonymous().GetSearchAsync("", "develop")).ReadJsonAsync();
        var tools = await (await app.Anonymous().GetSearchAsync("", "Tool")).ReadJsonAsync();

        Assert.Contains("developer-tools", body.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("slug").GetString()));
        var slugs = tools.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("slug").GetString()).ToList();
        Assert.Contains("ai-tools", slugs);
        Assert.Contains("design-tools", slugs);
        Assert.True(tools.GetProperty("categories")[0].TryGetProperty("productCount", out _));
    }

    [Fact]
    public async Task UsersAreFoundByUsernameAndDisplayNameButNotWhenBanned()
    {
        var word = SearchData.Word();
        var named = await app.RegisterAsync(word);
        var displayed = await app.RegisterAsync("someone");
        var response = await displayed.Client.PatchAsJsonAsync("/api/v1/users/me", new { displayName = $"Jane {word.ToUpperInvariant()}" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var banned = await app.RegisterAsync(word);
        var moderator = await app.RegisterWithRolesAsync("mod", "moderator");
        Assert.Equal(HttpStatusCode.NoContent, (await moderator.Client.PutAsync($"/api/v1/admin/users/{banned.Username}/ban", null)).StatusCode);

        var page = await (await app.Anonymous().GetSearchAsync("/users", word)).ReadJsonAsync();
        var exact = await (await app.Anonymous().GetSearchAsync("/users", named.Username.ToUpperInvariant())).ReadJsonAsync();

        Assert.Equal([named.Id, displayed.Id], page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetInt64()));
        Assert.Equal(named.Id, exact.GetProperty("items")[0].GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task UserPagesWalkWithoutDuplicates()
    {
        var word = SearchData.Word();
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await app.RegisterAsync(word)).Id);
        }

        var seen = new List<long>();
        string? cursor = null;
        do
        {
            var page = await (await app.Anonymous().GetSearchAsync("/users", word, "&limit=2" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"))).ReadJsonAsync();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetInt64()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(ids.Order(), seen.Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }
}
