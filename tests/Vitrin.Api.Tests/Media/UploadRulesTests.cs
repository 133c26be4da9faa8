using System.Diagnostics;
using System.Net;
using System.Text;
using NetVips;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Media;

public sealed class UploadRulesTests(VitrinApp app)
{
    public static TheoryData<string, string> Formats => new()
    {
        { "jpeg", "image/jpeg" },
        { "png", "image/png" },
        { "webp", "image/webp" },
        { "gif", "image/gif" },
    };

    private static byte[] Make(string format) => format switch
    {
        "jpeg" => TestImages.Jpeg(800, 600),
        "png" => TestImages.Png(800, 600),
        "webp" => TestImages.WebP(800, 600),
        _ => TestImages.AnimatedGif(800, 600, 1),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task EachAcceptedFormatIsStoredAsWebPWithAThumbnail(string format, string contentType)
    {
        var maker = await app.RegisterAsync("fmt");
        var product = await maker.CreateAsync();

        var media = await maker.AddMediaAsync(product.Id(), Make(format), alt: $"A {format} screenshot");

        Assert.Equal(800, media.GetProperty("width").GetInt32());
        Assert.Equal(600, media.GetProperty("height").GetInt32());
        Assert.Equal($"A {format} screenshot", media.GetProperty("alt").GetString());
        Assert.Matches("^/media/gallery/[0-9a-f]{32}\\.webp$", media.Url());
        Assert.Matches("^/media/gallery/[0-9a-f]{32}-400\\.webp$", media.Url("thumbnailUrl"));
        foreach (var url in new[] { media.Url(), media.Url("thumbnailUrl") })
        {
            var response = await app.FetchAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(Uploads.IsWebP(await response.Content.ReadAsByteArrayAsync()), $"{contentType} upload was not re-encoded");
        }

        using var thumbnail = Image.NewFromBuffer(await (await app.FetchAsync(media.Url("thumbnailUrl"))).Content.ReadAsByteArrayAsync());
        Assert.Equal(400, thumbnail.Width);
        Assert.Equal(300, thumbnail.Height);
    }

    [Fact]
    public async Task StoredFilesAreServedAsImmutableWebPWithNosniff()
    {
        var maker = await app.RegisterAsync("serve");
        var media = await maker.AddMediaAsync((await maker.CreateAsync()).Id());

        var response = await app.FetchAsync(media.Url());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var cache = response.Headers.CacheControl!;
        Assert.True(cache.Public);
        Assert.Equal(TimeSpan.FromDays(365), cache.MaxAge);
        Assert.Contains(cache.Extensions, e => e.Name == "immutable");
        Assert.Equal(HttpStatusCode.NotFound, (await app.FetchAsync("/media/gallery/" + new string('0', 32) + ".webp")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.FetchAsync("/media/../data/vitrin.db")).StatusCode);
    }

    [Fact]
    public async Task LargeImagesAreShrunkToTheGallerySize()
    {
        var maker = await app.RegisterAsync("big");
        var media = await maker.AddMediaAsync((await maker.CreateAsync()).Id(), TestImages.Jpeg(3200, 1600));

        Assert.Equal(1600, media.GetProperty("width").GetInt32());
        Assert.Equal(800, media.GetProperty("height").GetInt32());
        using var stored = Image.NewFromBuffer(await (await app.FetchAsync(media.Url())).Content.ReadAsByteArrayAsync());
        Assert.Equal((1600, 800), (stored.Width, stored.Height));
    }

    [Fact]
    public async Task AnAnimatedGifKeepsItsFirstFrame()
    {
        var maker = await app.RegisterAsync("gif");
        var media = await maker.AddMediaAsync((await maker.CreateAsync()).Id(), TestImages.AnimatedGif(300, 200, frames: 3));

        Assert.Equal(300, media.GetProperty("width").GetInt32());
        Assert.Equal(200, media.GetProperty("height").GetInt32());
        using var stored = Image.NewFromBuffer(await (await app.FetchAsync(media.Url())).Content.ReadAsByteArrayAsync());
        Assert.Equal(1, stored.GetTypeOf("n-pages") == 0 ? 1 : (int)stored.Get("n-pages"));
    }

    [Fact]
    public async Task ExifAndCommentsAreStripped()
    {
        const string Marker = "GPS-48.8584N-2.2945E-secret";
        var maker = await app.RegisterAsync("exif");
        var original = TestImages.JpegWithMetadata(Marker);
        Assert.Contains(Marker, Encoding.ASCII.GetString(original), StringComparison.Ordinal);

        var media = await maker.AddMediaAsync((await maker.CreateAsync()).Id(), original);

        foreach (var url in new[] { media.Url(), media.Url("thumbnailUrl") })
        {
            var stored = Encoding.ASCII.GetString(await (await app.FetchAsync(url)).Content.ReadAsByteArrayAsync());
            Assert.DoesNotContain(Marker, stored, StringComparison.Ordinal);
            Assert.DoesNotContain("Exif", stored, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AMissingOrEmptyFileIsAValidationProblem()
    {
        var maker = await app.RegisterAsync("nofile");
        var id = (await maker.CreateAsync()).Id();
        using var noFile = new MultipartFormDataContent { { new StringContent("just alt"), "alt" } };

        await (await maker.PostMediaAsync(id, noFile)).AssertValidationErrorAsync("file");
        await (await maker.PostMediaAsync(id, TestImages.Form([]))).AssertValidationErrorAsync("file");
        await (await maker.PutLogoAsync(id, TestImages.Form([]))).AssertValidationErrorAsync("file");
    }

    [Fact]
    public async Task AnythingButAnImageIsRefused()
    {
        var maker = await app.RegisterAsync("notimg");
        var id = (await maker.CreateAsync()).Id();

        await (await maker.PostMediaAsync(id, TestImages.Form("%PDF-1.7\n1 0 obj"u8.ToArray(), "doc.pdf", "application/pdf"))).AssertValidationErrorAsync("file");
        await (await maker.PostMediaAsync(id, TestImages.Form("plain text"u8.ToArray(), "photo.jpg"))).AssertValidationErrorAsync("file");
        // The right magic bytes with nothing decodable behind them.
        await (await maker.PostMediaAsync(id, TestImages.Form([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 1, 2, 3], "broken.jpg"))).AssertValidationErrorAsync("file");
    }

    [Fact]
    public async Task AJsonBodyIs415AndMalformedMultipartIs400()
    {
        var maker = await app.RegisterAsync("ctype");
        var id = (await maker.CreateAsync()).Id();

        await (await maker.Client.PostAsync($"/api/v1/products/{id}/media", new StringContent("{\"file\":\"x\"}", Encoding.UTF8, "application/json")))
            .ReadProblemAsync(415);
        var garbage = new ByteArrayContent("--nope\r\nthis is not multipart"u8.ToArray());
        garbage.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=other");
        await (await maker.Client.PostAsync($"/api/v1/products/{id}/media", garbage)).ReadProblemAsync(400);
        var noBoundary = new ByteArrayContent("x"u8.ToArray());
        noBoundary.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data");
        await (await maker.Client.PutAsync($"/api/v1/products/{id}/logo", noBoundary)).ReadProblemAsync(400);
    }

    [Fact]
    public async Task AFileOverTenMegabytesIs413()
    {
        var maker = await app.RegisterAsync("huge");
        var id = (await maker.CreateAsync()).Id();
        var tooBig = new byte[(10 * 1024 * 1024) + 1];
        TestImages.Jpeg(10, 10).CopyTo(tooBig, 0);

        await (await maker.PostMediaAsync(id, TestImages.Form(tooBig))).ReadProblemAsync(413);
        await (await maker.PutAvatarAsync(TestImages.Form(tooBig))).ReadProblemAsync(413);
        // Well past the limit, the declared Content-Length is refused before the body is read.
        await (await maker.PutLogoAsync(id, TestImages.Form(new byte[11 * 1024 * 1024]))).ReadProblemAsync(413);
        Assert.Equal(0, (await app.ProductAsync(id, maker)).GetProperty("gallery").GetArrayLength());
    }

    [Fact]
    public async Task AnImageOverFortyMegapixelsIsRefused()
    {
        var maker = await app.RegisterAsync("mp");
        using var black = Image.Black(7000, 6000);
        var png = black.PngsaveBuffer(compression: 1);

        var response = await maker.PostMediaAsync((await maker.CreateAsync()).Id(), TestImages.Form(png, "wide.png", "image/png"));

        await response.AssertValidationErrorAsync("file");
    }

    [Fact]
    public async Task AltTextIsOneLineOfAtMost300Characters()
    {
        var maker = await app.RegisterAsync("alt");
        var id = (await maker.CreateAsync()).Id();

        await (await maker.PostMediaAsync(id, TestImages.Form(TestImages.Jpeg(100, 100), alt: new string('a', 301)))).AssertValidationErrorAsync("alt");
        await (await maker.PostMediaAsync(id, TestImages.Form(TestImages.Jpeg(100, 100), alt: "two\nlines"))).AssertValidationErrorAsync("alt");
        var media = await maker.AddMediaAsync(id, alt: "  The dashboard  ");
        Assert.Equal("The dashboard", media.GetProperty("alt").GetString());
    }

    [Fact]
    public async Task AFourThousandPixelPhotoIsProcessedQuickly()
    {
        var maker = await app.RegisterAsync("speed");
        var id = (await maker.CreateAsync()).Id();
        var jpeg = TestImages.Jpeg(4000, 3000);
        await maker.AddMediaAsync(id, TestImages.Jpeg(64, 64));

        var watch = Stopwatch.StartNew();
        await maker.AddMediaAsync(id, jpeg);

        // Generous for a shared 2-core machine; scripts/bench-upload.sh measures it properly.
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }
}
