using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Media;

public sealed class GalleryTests(VitrinApp app)
{
    private static Task<HttpResponseMessage> PatchAsync(TestUser user, long productId, long mediaId, string json) =>
        user.Client.PatchAsync($"/api/v1/products/{productId}/media/{mediaId}", new StringContent(json, Encoding.UTF8, "application/json"));

    private static long[] GalleryIds(JsonElement product) =>
        [.. product.GetProperty("gallery").EnumerateArray().Select(m => m.GetProperty("id").GetInt64())];

    private static int[] Positions(JsonElement product) =>
        [.. product.GetProperty("gallery").EnumerateArray().Select(m => m.GetProperty("position").GetInt32())];

    [Fact]
    public async Task ImagesAreAddedLastAndTheDetailListsThemByPosition()
    {
        var maker = await app.RegisterAsync("gal");
        var id = (await maker.CreateAsync()).Id();

        var first = await maker.AddMediaAsync(id, alt: "one");
        var second = await maker.AddMediaAsync(id, alt: "two");

        Assert.Equal(0, first.GetProperty("position").GetInt32());
        Assert.Equal(1, second.GetProperty("position").GetInt32());
        var product = await app.ProductAsync(id);
        Assert.Equal([first.Id(), second.Id()], GalleryIds(product));
        Assert.Equal("two", product.GetProperty("gallery")[1].GetProperty("alt").GetString());
    }

    [Fact]
    public async Task AtMostEightImagesPerProduct()
    {
        var maker = await app.RegisterAsync("eight");
        var id = (await maker.CreateAsync()).Id();
        var small = TestImages.Jpeg(32, 32);
        for (var i = 0; i < 8; i++)
        {
            await maker.AddMediaAsync(id, small);
        }

        var ninth = await maker.PostMediaAsync(id, TestImages.Form(small));

        await ninth.AssertValidationErrorAsync("file");
        Assert.Equal(8, (await app.ProductAsync(id)).GetProperty("gallery").GetArrayLength());
    }

    [Fact]
    public async Task ParallelUploadsNeverPassEight()
    {
        var maker = await app.RegisterAsync("race");
        var id = (await maker.CreateAsync()).Id();
        var small = TestImages.Jpeg(32, 32);

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => maker.PostMediaAsync(id, TestImages.Form(small))));

        Assert.Equal(8, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.BadRequest }));
        var positions = Positions(await app.ProductAsync(id));
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], positions);
    }

    [Fact]
    public async Task MovingAnImageKeepsPositionsDense()
    {
        var maker = await app.RegisterAsync("order");
        var id = (await maker.CreateAsync()).Id();
        var a = (await maker.AddMediaAsync(id)).Id();
        var b = (await maker.AddMediaAsync(id)).Id();
        var c = (await maker.AddMediaAsync(id)).Id();

        var moved = await (await PatchAsync(maker, id, c, """{"position":0}""")).ReadJsonAsync();
        Assert.Equal(0, moved.GetProperty("position").GetInt32());
        var product = await app.ProductAsync(id);
        Assert.Equal([c, a, b], GalleryIds(product));
        Assert.Equal([0, 1, 2], Positions(product));

        await (await PatchAsync(maker, id, c, """{"position":2,"alt":"Last now"}""")).ReadJsonAsync();
        product = await app.ProductAsync(id);
        Assert.Equal([a, b, c], GalleryIds(product));
        Assert.Equal("Last now", product.GetProperty("gallery")[2].GetProperty("alt").GetString());
    }

    [Fact]
    public async Task PatchValidatesItsFields()
    {
        var maker = await app.RegisterAsync("patchv");
        var id = (await maker.CreateAsync()).Id();
        var media = (await maker.AddMediaAsync(id, alt: "kept")).Id();

        await (await PatchAsync(maker, id, media, """{"position":1}""")).AssertValidationErrorAsync("position");
        await (await PatchAsync(maker, id, media, """{"position":-1}""")).AssertValidationErrorAsync("position");
        await (await PatchAsync(maker, id, media, $$"""{"alt":"{{new string('x', 301)}}"}""")).AssertValidationErrorAsync("alt");
        await (await PatchAsync(maker, id, media, """{"url":"/media/evil"}""")).ReadProblemAsync(400);
        await (await PatchAsync(maker, id, media, """{"position":"first"}""")).ReadProblemAsync(400);
        await (await PatchAsync(maker, id, media, """{"alt":""")).ReadProblemAsync(400);
        await (await PatchAsync(maker, id, media, "{}")).ReadJsonAsync();
        Assert.Equal("kept", (await app.ProductAsync(id)).GetProperty("gallery")[0].GetProperty("alt").GetString());
        await (await PatchAsync(maker, id, media, """{"alt":null}""")).ReadJsonAsync();
        Assert.Equal("", (await app.ProductAsync(id)).GetProperty("gallery")[0].GetProperty("alt").GetString());
    }

    [Fact]
    public async Task DeletingAnImageClosesTheGapAndDeletesItsFiles()
    {
        var maker = await app.RegisterAsync("del");
        var id = (await maker.CreateAsync()).Id();
        var a = await maker.AddMediaAsync(id);
        var b = await maker.AddMediaAsync(id);
        var c = await maker.AddMediaAsync(id);

        Assert.Equal(HttpStatusCode.NoContent, (await maker.Client.DeleteAsync($"/api/v1/products/{id}/media/{b.Id()}")).StatusCode);

        var product = await app.ProductAsync(id);
        Assert.Equal([a.Id(), c.Id()], GalleryIds(product));
        Assert.Equal([0, 1], Positions(product));
        Assert.Equal(HttpStatusCode.NotFound, (await app.FetchAsync(b.Url())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.FetchAsync(b.Url("thumbnailUrl"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.FetchAsync(a.Url())).StatusCode);
        await (await maker.Client.DeleteAsync($"/api/v1/products/{id}/media/{b.Id()}")).ReadProblemAsync(404);
    }

    [Fact]
    public async Task DeletingTheProductDeletesAllItsFiles()
    {
        var maker = await app.RegisterAsync("delprod");
        var id = (await maker.CreateAsync()).Id();
        var media = await maker.AddMediaAsync(id);
        var logo = await (await maker.PutLogoAsync(id, TestImages.Form(TestImages.Png(300, 300), "logo.png", "image/png"))).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await maker.Client.DeleteAsync($"/api/v1/products/{id}")).StatusCode);

        foreach (var url in new[] { media.Url(), media.Url("thumbnailUrl"), logo.Url("thumbnailUrl") })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await app.FetchAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task ALogoSetsThumbnailUrlAndReplacingItDeletesTheOldFiles()
    {
        var maker = await app.RegisterAsync("logo");
        var id = (await maker.CreateAsync()).Id();
        var before = await app.ProductAsync(id);
        Assert.Equal(JsonValueKind.Null, before.GetProperty("thumbnailUrl").ValueKind);

        var first = await (await maker.PutLogoAsync(id, TestImages.Form(TestImages.Png(1000, 1000), "logo.png", "image/png"))).ReadJsonAsync();
        var firstUrl = first.Url("thumbnailUrl");
        Assert.Matches("^/media/logos/[0-9a-f]{32}-160\\.webp$", firstUrl);
        // Anonymous readers (served from the public cache) see it at once, in lists too.
        Assert.Equal(firstUrl, (await app.ProductAsync(id)).Url("thumbnailUrl"));
        var list = await (await app.Anonymous().GetAsync($"/api/v1/users/{maker.Username}/products")).ReadJsonAsync();
        Assert.Equal(firstUrl, list.GetProperty("items")[0].Url("thumbnailUrl"));

        var second = await (await maker.PutLogoAsync(id, TestImages.Form(TestImages.Jpeg(400, 400)))).ReadJsonAsync();

        Assert.NotEqual(firstUrl, second.Url("thumbnailUrl"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.FetchAsync(firstUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.FetchAsync(firstUrl.Replace("-160", "", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.FetchAsync(second.Url("thumbnailUrl"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.FetchAsync(second.Url("thumbnailUrl").Replace("-160", "", StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task AnAvatarIsASquareAndReplacingItDeletesTheOldOne()
    {
        var user = await app.RegisterAsync("avatar");

        var profile = await (await user.PutAvatarAsync(TestImages.Form(TestImages.Jpeg(900, 600)))).ReadJsonAsync();
        var first = profile.Url("avatarUrl");
        Assert.Matches("^/media/avatars/[0-9a-f]{32}\\.webp$", first);
        Assert.Equal(first, (await (await app.Anonymous().GetAsync($"/api/v1/users/{user.Username}")).ReadJsonAsync()).Url("avatarUrl"));
        using (var stored = NetVips.Image.NewFromBuffer(await (await app.FetchAsync(first)).Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal((256, 256), (stored.Width, stored.Height));
        }

        var second = (await (await user.PutAvatarAsync(TestImages.Form(TestImages.WebP(300, 300), "me.webp", "image/webp"))).ReadJsonAsync()).Url("avatarUrl");

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await app.FetchAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.FetchAsync(second)).StatusCode);
        var me = await (await user.Client.GetAsync("/api/v1/auth/me")).ReadJsonAsync();
        Assert.Equal(second, me.Url("avatarUrl"));
    }

    [Fact]
    public async Task ErasingTheAccountDeletesItsAvatarAndDraftImages()
    {
        var maker = await app.RegisterAsync("erase");
        var avatar = (await (await maker.PutAvatarAsync(TestImages.Form(TestImages.Jpeg(100, 100)))).ReadJsonAsync()).Url("avatarUrl");
        var draft = (await maker.CreateAsync("draft")).Id();
        var draftImage = await maker.AddMediaAsync(draft);
        var published = (await maker.CreateAsync()).Id();
        var publishedImage = await maker.AddMediaAsync(published);

        var request = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/users/me") { Content = JsonContent.Create(new { password = VitrinApp.Password }) };
        Assert.Equal(HttpStatusCode.NoContent, (await maker.Client.SendAsync(request)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await app.FetchAsync(avatar)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.FetchAsync(draftImage.Url())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.FetchAsync(draftImage.Url("thumbnailUrl"))).StatusCode);
        // Published products stay (under an anonymous name), with their gallery.
        Assert.Equal(HttpStatusCode.OK, (await app.FetchAsync(publishedImage.Url())).StatusCode);
    }
}
