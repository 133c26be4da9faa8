using System.Text.Json;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Tags;

public sealed class TagAutocompleteTests(VitrinApp app)
{
    private async Task<List<(string Slug, int Count)>> TagsAsync(string query)
    {
        var body = await (await app.Anonymous().GetAsync($"/api/v1/tags{query}")).ReadJsonAsync();
        return body.EnumerateArray().Select(t => (t.GetProperty("slug").GetString()!, t.GetProperty("productCount").GetInt32())).ToList();
    }

    /// <summary>Published products tagged so that, under a fresh prefix, alpha=3, delta=2, aaa=1, beta=1, gamma (draft only)=0.</summary>
    private async Task<string> ArrangeAsync()
    {
        var prefix = "tg" + Guid.NewGuid().ToString("N")[..8];
        var maker = await app.RegisterAsync("tagger");
        await maker.CreateAsync(tags: [$"{prefix}-alpha", $"{prefix}-delta", $"{prefix}-beta"]);
        await maker.CreateAsync(tags: [$"{prefix}-alpha", $"{prefix}-delta", $"{prefix}-aaa"]);
        await maker.CreateAsync(tags: [$"{prefix}-alpha"]);
        await maker.CreateAsync("draft", tags: [$"{prefix}-gamma", $"{prefix}-alpha"]);
        return prefix;
    }

    [Fact]
    public async Task PrefixMatchesMostUsedFirstThenBySlug()
    {
        var prefix = await ArrangeAsync();

        var tags = await TagsAsync($"?q={prefix}");

        Assert.Equal([($"{prefix}-alpha", 3), ($"{prefix}-delta", 2), ($"{prefix}-aaa", 1), ($"{prefix}-beta", 1)], tags);
    }

    [Fact]
    public async Task QueryIsNormalizedLikeTags()
    {
        var prefix = await ArrangeAsync();

        var upper = await TagsAsync($"?q={Uri.EscapeDataString(prefix.ToUpperInvariant() + " Á")}");
        var accented = await TagsAsync($"?q={Uri.EscapeDataString(prefix + "-Bêt")}");

        Assert.Equal([$"{prefix}-alpha", $"{prefix}-aaa"], upper.Select(t => t.Slug));
        Assert.Equal([$"{prefix}-beta"], accented.Select(t => t.Slug));
    }

    [Fact]
    public async Task LimitCapsTheList()
    {
        var prefix = await ArrangeAsync();

        var tags = await TagsAsync($"?q={prefix}&limit=2");

        Assert.Equal([$"{prefix}-alpha", $"{prefix}-delta"], tags.Select(t => t.Slug));
    }

    [Fact]
    public async Task WithoutQueryMostUsedTagsComeFirst()
    {
        await ArrangeAsync();

        var tags = await TagsAsync("");
        var many = await TagsAsync("?q=&limit=50");

        Assert.InRange(tags.Count, 1, 10);
        Assert.InRange(many.Count, tags.Count, 50);
        Assert.Equal(tags.OrderByDescending(t => t.Count).ThenBy(t => t.Slug, StringComparer.Ordinal), tags);
        Assert.All(many, t => Assert.True(t.Count > 0));
        Assert.Equal(many.OrderByDescending(t => t.Count).ThenBy(t => t.Slug, StringComparer.Ordinal), many);
    }

    [Fact]
    public async Task TagsOnlyOnDraftsAreNotSuggested()
    {
        var prefix = await ArrangeAsync();

        Assert.Empty(await TagsAsync($"?q={prefix}-gamma"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("51")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("abc")]
    [InlineData("99999999999999999999")]
    public async Task BadLimitIsValidationProblem(string limit)
    {
        var response = await app.Anonymous().GetAsync($"/api/v1/tags?limit={limit}");

        await response.AssertValidationErrorAsync("limit");
    }

    [Theory]
    [InlineData(101)]
    [InlineData(10_000)]
    public async Task OverlongQueryIsValidationProblem(int length)
    {
        var response = await app.Anonymous().GetAsync($"/api/v1/tags?q={new string('a', length)}");

        await response.AssertValidationErrorAsync("q");
    }

    [Fact]
    public async Task ControlCharactersInQueryAreValidationProblem()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/tags?q=ab%00cd");

        await response.AssertValidationErrorAsync("q");
    }

    [Fact]
    public async Task ResponseIsAnArrayOfSlugAndCount()
    {
        var prefix = await ArrangeAsync();

        var body = await (await app.Anonymous().GetAsync($"/api/v1/tags?q={prefix}-beta")).ReadJsonAsync();

        var tag = Assert.Single(body.EnumerateArray());
        Assert.Equal(["slug", "productCount"], tag.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Number, tag.GetProperty("productCount").ValueKind);
    }
}
