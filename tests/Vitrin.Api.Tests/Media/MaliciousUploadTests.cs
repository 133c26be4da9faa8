using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Media;

/// <summary>security.md "Uploads": type by content, generated names, re-encoding, bombs refused from the header.</summary>
public sealed class MaliciousUploadTests(VitrinApp app)
{
    [Fact]
    public async Task APhpPayloadInAJpegNamedXPhpJpgIsReencodedUnderAGeneratedName()
    {
        var maker = await app.RegisterAsync("php");
        var media = await maker.AddMediaAsync((await maker.CreateAsync()).Id(), TestImages.JpegWithPhp());

        Assert.DoesNotContain("php", media.Url(), StringComparison.OrdinalIgnoreCase);
        var stored = await (await app.FetchAsync(media.Url())).Content.ReadAsByteArrayAsync();
        Assert.True(Uploads.IsWebP(stored));
        Assert.DoesNotContain("<?php", Encoding.ASCII.GetString(stored), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheClientsFileNameIsNeverUsed()
    {
        var maker = await app.RegisterAsync("named");
        var id = (await maker.CreateAsync()).Id();

        var response = await maker.PostMediaAsync(id, TestImages.Form(TestImages.JpegWithPhp(), "x.php.jpg", "application/x-php"));

        var media = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Matches("^/media/gallery/[0-9a-f]{32}\\.webp$", media.Url());
    }

    public static TheoryData<string, string, string> NotImages => new()
    {
        { "HTML renamed .png", "page.png", "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>" },
        { "SVG with script", "logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script><circle r=\"5\"/></svg>" },
        { "SVG renamed .jpg", "logo.jpg", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>" },
        { "GIF header then HTML", "poly.gif", "GIF89a/*<html><script>alert(1)</script></html>*/=1;" },
        { "JPEG magic then HTML", "poly.jpg", "\u00FF\u00D8\u00FF<html><script>alert(1)</script></html>" },
    };

    [Theory]
    [MemberData(nameof(NotImages))]
    public async Task ScriptsDressedAsImagesAreRefused(string what, string fileName, string content)
    {
        var maker = await app.RegisterAsync("xss");
        var id = (await maker.CreateAsync()).Id();
        var bytes = Encoding.Latin1.GetBytes(content);

        var response = await maker.PostMediaAsync(id, TestImages.Form(bytes, fileName, "image/png"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, what);
        await response.AssertValidationErrorAsync("file");
        await (await maker.PutAvatarAsync(TestImages.Form(bytes, fileName, "image/svg+xml"))).AssertValidationErrorAsync("file");
    }

    [Fact]
    public async Task AValidPngCarryingHtmlIsReencodedWithoutIt()
    {
        var maker = await app.RegisterAsync("polyglot");
        byte[] polyglot = [.. TestImages.Png(200, 100), .. "<html><script>alert(1)</script></html>"u8.ToArray()];

        var response = await maker.PutLogoAsync((await maker.CreateAsync()).Id(), TestImages.Form(polyglot, "logo.png", "image/png"));

        var product = await response.ReadJsonAsync();
        var stored = await (await app.FetchAsync(product.Url("thumbnailUrl"))).Content.ReadAsByteArrayAsync();
        Assert.True(Uploads.IsWebP(stored));
        Assert.DoesNotContain("<script", Encoding.ASCII.GetString(stored), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../../../etc/passwd.png")]
    [InlineData("..\\\\..\\\\evil.png")]
    [InlineData("a\0.png")]
    [InlineData("/absolute/path.png")]
    public async Task PathsAndNulInFileNamesNeverReachStorage(string fileName)
    {
        var maker = await app.RegisterAsync("path");
        var id = (await maker.CreateAsync()).Id();

        var response = await maker.PostMediaAsync(id, TestImages.RawForm(TestImages.Png(64, 64), fileName));

        // Either refused at the multipart level or stored under a generated name; never a 500.
        if (response.StatusCode != HttpStatusCode.Created)
        {
            await response.ReadProblemAsync(400);
            return;
        }

        var media = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Matches("^/media/gallery/[0-9a-f]{32}\\.webp$", media.Url());
        var data = app.Services.GetRequiredService<DataDirectory>().Path;
        Assert.False(File.Exists(Path.Combine(data, "..", "evil.png")));
        Assert.Empty(Directory.EnumerateFiles(data, "*passwd*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task AFiftyThousandSquarePngBombIsRefusedWithoutDecoding()
    {
        var maker = await app.RegisterAsync("bomb");
        var id = (await maker.CreateAsync()).Id();
        var bomb = TestImages.BombPng(50_000, 50_000);
        Assert.InRange(bomb.Length, 1, 64 * 1024);

        var response = await maker.PostMediaAsync(id, TestImages.Form(bomb, "bomb.png", "image/png"));

        // Only the header check gives this answer: without it libvips streams the file (5 s on a 2-core machine)
        // and the upload is stored (201). The memory is bounded in UploadBombMemoryTests, which runs alone.
        var problem = await response.ReadProblemAsync(400);
        Assert.Contains("megapixels", problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        await (await maker.PutAvatarAsync(TestImages.Form(bomb, "bomb.png", "image/png"))).AssertValidationErrorAsync("file");
    }
}
