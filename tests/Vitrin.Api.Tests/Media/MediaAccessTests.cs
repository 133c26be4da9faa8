using System.Net;
using System.Text;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Media;

/// <summary>Anonymous, owner, another user, moderator and admin × every media route.</summary>
public sealed class MediaAccessTests(VitrinApp app)
{
    /// <summary>Every product media route, as a call by one client on (product, media).</summary>
    private static readonly (string Name, Func<HttpClient, long, long, Task<HttpResponseMessage>> Call, HttpStatusCode Success)[] Routes =
    [
        ("PUT logo", (c, p, _) => c.PutAsync($"/api/v1/products/{p}/logo", TestImages.Form(TestImages.Png(64, 64), "l.png", "image/png")), HttpStatusCode.OK),
        ("POST media", (c, p, _) => c.PostAsync($"/api/v1/products/{p}/media", TestImages.Form(TestImages.Jpeg(64, 64))), HttpStatusCode.Created),
        ("PATCH media", (c, p, m) => c.PatchAsync($"/api/v1/products/{p}/media/{m}", Json("""{"alt":"changed"}""")), HttpStatusCode.OK),
        ("DELETE media", (c, p, m) => c.DeleteAsync($"/api/v1/products/{p}/media/{m}"), HttpStatusCode.NoContent),
    ];

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<(TestUser Maker, long Product, long Media)> ArrangeAsync(string status = "published")
    {
        var maker = await app.RegisterAsync("owner");
        var product = (await maker.CreateAsync(status)).Id();
        var media = (await maker.AddMediaAsync(product)).Id();
        return (maker, product, media);
    }

    [Fact]
    public async Task AnonymousCallersAre401()
    {
        var (_, product, media) = await ArrangeAsync();
        foreach (var (name, call, _) in Routes)
        {
            Assert.True((await call(app.Anonymous(), product, media)).StatusCode == HttpStatusCode.Unauthorized, name);
        }

        await (await app.Anonymous().PutAsync("/api/v1/users/me/avatar", TestImages.Form(TestImages.Jpeg(64, 64)))).ReadProblemAsync(401);
    }

    [Fact]
    public async Task AnotherUserIs403OnAPublishedProduct()
    {
        var (_, product, media) = await ArrangeAsync();
        var stranger = await app.RegisterAsync("stranger");
        foreach (var (name, call, _) in Routes)
        {
            var response = await call(stranger.Client, product, media);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{name}: {(int)response.StatusCode}");
        }

        var gallery = (await app.ProductAsync(product)).GetProperty("gallery");
        Assert.Equal(1, gallery.GetArrayLength());
        Assert.Equal("", gallery[0].GetProperty("alt").GetString());
    }

    [Fact]
    public async Task AnotherUserIs404OnADraft()
    {
        var (_, product, media) = await ArrangeAsync("draft");
        var stranger = await app.RegisterAsync("stranger");
        foreach (var (name, call, _) in Routes)
        {
            var response = await call(stranger.Client, product, media);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{name}: {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("owner")]
    [InlineData("moderator")]
    [InlineData("admin")]
    public async Task TheOwnerAndModeratorsMayUseEveryRoute(string who)
    {
        var (maker, product, media) = await ArrangeAsync("draft");
        var caller = who == "owner" ? maker : await app.RegisterWithRolesAsync(who, who);
        foreach (var (name, call, success) in Routes)
        {
            var response = await call(caller.Client, product, media);
            Assert.True(response.StatusCode == success, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task UnknownProductsAndMediaAre404()
    {
        var (maker, product, _) = await ArrangeAsync();
        var (_, otherProduct, otherMedia) = await ArrangeAsync();
        foreach (var (name, call, _) in Routes)
        {
            Assert.True((await call(maker.Client, 999_999_999, 1)).StatusCode == HttpStatusCode.NotFound, name);
        }

        // Another product's image is not reachable through this product.
        await (await maker.Client.DeleteAsync($"/api/v1/products/{product}/media/{otherMedia}")).ReadProblemAsync(404);
        await (await maker.Client.PatchAsync($"/api/v1/products/{product}/media/{otherMedia}", Json("""{"alt":"x"}"""))).ReadProblemAsync(404);
        Assert.Equal(1, (await app.ProductAsync(otherProduct)).GetProperty("gallery").GetArrayLength());
    }
}
