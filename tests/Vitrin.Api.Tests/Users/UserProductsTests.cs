using System.Net.Http.Json;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Users;

public sealed class UserProductsTests(VitrinApp app)
{
    private sealed record Catalog(TestUser Maker, long Published1, long Published2, long Draft, long Scheduled, long Archived, long Hidden);

    private async Task<Catalog> ArrangeAsync()
    {
        var maker = await app.RegisterAsync("maker");
        var published1 = (await maker.CreateAsync("published")).Id();
        var draft = (await maker.CreateAsync("draft")).Id();
        var published2 = (await maker.CreateAsync("published")).Id();
        var scheduled = (await maker.CreateAsync("scheduled", launchAt: DateTime.UtcNow.AddDays(3))).Id();
        var archived = (await maker.CreateAsync("published")).Id();
        (await maker.Client.PatchAsJsonAsync($"/api/v1/products/{archived}", new { status = "archived" })).EnsureSuccessStatusCode();
        var hidden = (await maker.CreateAsync("published")).Id();
        await app.SetProductAsync(hidden, hidden: true);
        // Publication order differs from creation order, so the two sorts are told apart.
        await app.SetProductAsync(published1, publishedAt: SocialData.At(100));
        await app.SetProductAsync(published2, publishedAt: SocialData.At(200));
        return new Catalog(maker, published1, published2, draft, scheduled, archived, hidden);
    }

    [Fact]
    public async Task OthersSeeOnlyListedProductsNewestPublishedFirst()
    {
        var c = await ArrangeAsync();
        var other = await app.RegisterAsync("other");

        foreach (var client in new[] { app.Anonymous(), other.Client })
        {
            var page = await (await client.GetAsync($"/api/v1/users/{c.Maker.Username}/products")).ReadJsonAsync();

            Assert.Equal([c.Published1, c.Published2], page.Ids());
            Assert.All(page.GetProperty("items").EnumerateArray(), p => Assert.Equal("published", p.GetProperty("status").GetString()));
        }
    }

    [Fact]
    public async Task OwnerSeesEveryStatusNewestCreatedFirst()
    {
        var c = await ArrangeAsync();

        var page = await (await c.Maker.Client.GetAsync($"/api/v1/users/{c.Maker.Username}/products")).ReadJsonAsync();

        Assert.Equal([c.Hidden, c.Archived, c.Scheduled, c.Published2, c.Draft, c.Published1], page.Ids());
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("scheduled")]
    [InlineData("published")]
    [InlineData("archived")]
    public async Task OwnerFiltersByStatus(string status)
    {
        var c = await ArrangeAsync();

        var page = await (await c.Maker.Client.GetAsync($"/api/v1/users/{c.Maker.Username}/products?status={status}")).ReadJsonAsync();

        long[] expected = status switch
        {
            "draft" => [c.Draft],
            "scheduled" => [c.Scheduled],
            "archived" => [c.Archived],
            _ => [c.Hidden, c.Published2, c.Published1],
        };
        Assert.Equal(expected, page.Ids());
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("scheduled")]
    [InlineData("archived")]
    public async Task OthersFilteringByAnUnlistedStatusGetAnEmptyPage(string status)
    {
        var c = await ArrangeAsync();
        var other = await app.RegisterAsync("other");

        var page = await (await other.Client.GetAsync($"/api/v1/users/{c.Maker.Username}/products?status={status}")).ReadJsonAsync();

        Assert.Empty(page.Ids());
        var published = await (await other.Client.GetAsync($"/api/v1/users/{c.Maker.Username}/products?status=published")).ReadJsonAsync();
        Assert.Equal([c.Published1, c.Published2], published.Ids());
    }

    [Theory]
    [InlineData("status=deleted")]
    [InlineData("status=Published")]
    [InlineData("limit=0")]
    [InlineData("limit=101")]
    [InlineData("cursor=not-a-cursor")]
    public async Task BadQueryValuesAreValidationProblems(string query)
    {
        var maker = await app.RegisterAsync("query");

        var response = await app.Anonymous().GetAsync($"/api/v1/users/{maker.Username}/products?{query}");

        await response.AssertValidationErrorAsync(query[..query.IndexOf('=', StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task PagesWalkEveryProductOnceAndATamperedCursorIsRefused()
    {
        var maker = await app.RegisterAsync("pages");
        var ids = new List<long>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add((await maker.CreateAsync(i % 3 == 0 ? "draft" : "published")).Id());
        }

        var owner = await maker.Client.WalkAsync($"/api/v1/users/{maker.Username}/products", 3, p => p.GetProperty("id").ToString());
        var visitor = await app.Anonymous().WalkAsync($"/api/v1/users/{maker.Username}/products", 2, p => p.GetProperty("id").ToString());

        Assert.Equal(Enumerable.Reverse(ids), owner.Select(p => p.GetProperty("id").GetInt64()));
        Assert.Equal(ids.Where((_, i) => i % 3 != 0).Reverse(), visitor.Select(p => p.GetProperty("id").GetInt64()));
        var first = await (await app.Anonymous().GetAsync($"/api/v1/users/{maker.Username}/products?limit=2")).ReadJsonAsync();
        var tampered = SocialData.Tampered(first.GetProperty("nextCursor").GetString()!);
        await (await app.Anonymous().GetAsync($"/api/v1/users/{maker.Username}/products?limit=2&cursor={tampered}"))
            .AssertValidationErrorAsync("cursor");
    }
}
