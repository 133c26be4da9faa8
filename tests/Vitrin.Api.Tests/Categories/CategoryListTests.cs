using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Products;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Categories;

public sealed class CategoryListTests(VitrinApp app)
{
    private static readonly string[] Seeded = ["ai-tools", "saas", "mobile-apps", "design-tools", "productivity", "developer-tools"];

    [Fact]
    public async Task ListHasTheSeededCategoriesInOrderAndNewOnesAfterThem()
    {
        var admin = await app.RegisterWithRolesAsync("catadmin", "admin");
        var created = await admin.CreateCategoryAsync();

        var list = await (await app.Anonymous().GetAsync("/api/v1/categories")).ReadJsonAsync();

        var slugs = list.EnumerateArray().Select(c => c.Slug()).ToList();
        Assert.Equal(Seeded, slugs.Where(Seeded.Contains));
        Assert.True(slugs.IndexOf(created.Slug()) > slugs.IndexOf("developer-tools"));
        var ai = list.EnumerateArray().Single(c => c.Slug() == "ai-tools");
        Assert.Equal("AI Tools", ai.GetProperty("name").GetString());
        Assert.Matches("^#[0-9a-f]{6}$", ai.GetProperty("color").GetString());
        Assert.False(string.IsNullOrEmpty(ai.GetProperty("icon").GetString()));
        Assert.False(string.IsNullOrEmpty(ai.GetProperty("description").GetString()));
        Assert.True(ai.GetProperty("id").GetInt64() > 0);
        Assert.All(list.EnumerateArray(), c => Assert.False(c.ViewerFollows()));
    }

    [Fact]
    public async Task ProductCountCountsOnlyPublishedVisibleProducts()
    {
        var admin = await app.RegisterWithRolesAsync("catadmin", "admin");
        var slug = (await admin.CreateCategoryAsync()).Slug();
        var maker = await app.RegisterAsync("catmaker");
        var published = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            published.Add((await maker.CreateAsync("published", slug)).Id());
        }

        await maker.CreateAsync("draft", slug);
        await maker.CreateAsync("scheduled", slug, launchAt: DateTime.UtcNow.AddDays(3));
        await app.WithDbAsync(db => db.Products.Where(p => p.Id == published[0]).ExecuteUpdateAsync(s => s.SetProperty(p => p.Hidden, true)));
        await app.WithDbAsync(db => db.Products.Where(p => p.Id == published[1])
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ProductStatus.Archived)));

        var single = await app.Anonymous().GetCategoryAsync(slug);
        var list = await (await maker.Client.GetAsync("/api/v1/categories")).ReadJsonAsync();

        Assert.Equal(2, single.ProductCount());
        Assert.Equal(2, list.EnumerateArray().Single(c => c.Slug() == slug).ProductCount());
    }

    [Fact]
    public async Task GettingOneCategoryAnswersItsFields()
    {
        var admin = await app.RegisterWithRolesAsync("catadmin", "admin");
        var created = await admin.CreateCategoryAsync();

        var category = await app.Anonymous().GetCategoryAsync(created.Slug());

        Assert.Equal(created.GetProperty("id").GetInt64(), category.GetProperty("id").GetInt64());
        Assert.Equal(created.GetProperty("name").GetString(), category.GetProperty("name").GetString());
        Assert.Equal(0, category.ProductCount());
        Assert.False(category.ViewerFollows());
    }

    [Theory]
    [InlineData("no-such-category")]
    [InlineData("AI-TOOLS")]
    [InlineData("%E2%80%AE")]
    public async Task UnknownCategoryIsNotFound(string slug)
    {
        var response = await app.Anonymous().GetAsync($"/api/v1/categories/{slug}");

        await response.ReadProblemAsync(404);
    }
}
