using System.Net;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Tests.Users;

namespace Vitrin.Api.Tests.Moderation;

public sealed class FeatureTests(VitrinApp app)
{
    private static string FeaturePath(long id) => $"/api/v1/products/{id}/feature";

    private async Task<IEnumerable<long>> FeaturedByAsync(TestUser maker) =>
        (await (await app.Anonymous().GetAsync($"/api/v1/products?featured=true&maker={maker.Username}")).ReadJsonAsync()).Ids();

    [Fact]
    public async Task FeaturingPutsTheProductInTheFeaturedListAndUnfeaturingTakesItOut()
    {
        var maker = await app.RegisterAsync("feamaker");
        var admin = await app.RegisterWithRolesAsync("feaadmin", "admin");
        var product = (await maker.CreateAsync()).Id();
        var other = (await maker.CreateAsync()).Id();

        await admin.Client.PutAsync(FeaturePath(product), null).AssertStatusAsync(HttpStatusCode.NoContent);

        Assert.Equal([product], await FeaturedByAsync(maker));
        Assert.True((await (await app.Anonymous().GetAsync($"/api/v1/products/{product}")).ReadJsonAsync()).GetProperty("featured").GetBoolean());
        var featuredAt = await app.WithDbAsync(db => db.Products.Where(p => p.Id == product).Select(p => p.FeaturedAt).SingleAsync());
        Assert.NotNull(featuredAt);

        await admin.Client.DeleteAsync(FeaturePath(product)).AssertStatusAsync(HttpStatusCode.NoContent);

        Assert.Empty(await FeaturedByAsync(maker));
        Assert.Null(await app.WithDbAsync(db => db.Products.Where(p => p.Id == product).Select(p => p.FeaturedAt).SingleAsync()));
        Assert.Equal(["unfeature", "feature"], (await app.LogEntriesAsync("product", product)).Select(e => e.Str("action")));
        Assert.Empty(await app.LogEntriesAsync("product", other));
    }

    [Fact]
    public async Task FeaturingIsIdempotentAndLoggedOnce()
    {
        var maker = await app.RegisterAsync("feamaker");
        var admin = await app.RegisterWithRolesAsync("feaadmin", "admin");
        var product = (await maker.CreateAsync()).Id();

        await admin.Client.PutAsync(FeaturePath(product), null).AssertStatusAsync(HttpStatusCode.NoContent);
        await admin.Client.PutAsync(FeaturePath(product), null).AssertStatusAsync(HttpStatusCode.NoContent);
        await admin.Client.DeleteAsync(FeaturePath(product)).AssertStatusAsync(HttpStatusCode.NoContent);
        await admin.Client.DeleteAsync(FeaturePath(product)).AssertStatusAsync(HttpStatusCode.NoContent);

        Assert.Equal(["unfeature", "feature"], (await app.LogEntriesAsync("product", product)).Select(e => e.Str("action")));
    }

    [Fact]
    public async Task OnlyListedProductsCanBeFeatured()
    {
        var maker = await app.RegisterAsync("feamaker");
        var admin = await app.RegisterWithRolesAsync("feaadmin", "admin");
        var draft = (await maker.CreateAsync("draft")).Id();
        var hidden = (await maker.CreateAsync()).Id();
        await app.SetProductAsync(hidden, hidden: true);

        await admin.Client.PutAsync(FeaturePath(draft), null).AssertStatusAsync(HttpStatusCode.NotFound);
        await admin.Client.PutAsync(FeaturePath(hidden), null).AssertStatusAsync(HttpStatusCode.NotFound);
        await admin.Client.PutAsync(FeaturePath(999_999_999), null).AssertStatusAsync(HttpStatusCode.NotFound);
        await admin.Client.DeleteAsync(FeaturePath(999_999_999)).AssertStatusAsync(HttpStatusCode.NotFound);
        await admin.Client.DeleteAsync(FeaturePath(draft)).AssertStatusAsync(HttpStatusCode.NoContent);

        Assert.False(await app.WithDbAsync(db => db.Products.AnyAsync(p => (p.Id == draft || p.Id == hidden) && p.Featured)));
    }

    [Fact]
    public async Task OnlyAdminsFeatureProducts()
    {
        var maker = await app.RegisterAsync("feamaker");
        var user = await app.RegisterAsync("feauser");
        var moderator = await app.RegisterWithRolesAsync("feamod", "moderator");
        var product = (await maker.CreateAsync()).Id();

        foreach (var (client, status) in new[]
        {
            (app.Anonymous(), HttpStatusCode.Unauthorized), (maker.Client, HttpStatusCode.Forbidden),
            (user.Client, HttpStatusCode.Forbidden), (moderator.Client, HttpStatusCode.Forbidden),
        })
        {
            await client.PutAsync(FeaturePath(product), null).AssertStatusAsync(status);
            await client.DeleteAsync(FeaturePath(product)).AssertStatusAsync(status);
        }

        Assert.Empty(await FeaturedByAsync(maker));
    }
}
