using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Vitrin.Api.Media;
using Vitrin.Api.Storage;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Tests.Media;

namespace Vitrin.Api.Tests.Storage;

/// <summary>The API with <c>Storage:Provider=S3</c>, end to end against s3rver.</summary>
public sealed class S3UploadTests(S3rverFixture s3) : IClassFixture<S3rverFixture>
{
    private static async Task<VitrinApp> StartAsync(params (string, string?)[] settings)
    {
        var app = new VitrinApp().WithSettings(settings);
        await app.InitializeAsync();
        return app;
    }

    [Fact]
    public async Task UploadsGoToTheBucketAreServedFromItAndDeletedFromIt()
    {
        await using var app = await StartAsync(s3.Settings(await s3.CreateBucketAsync()));
        Assert.IsType<S3FileStorage>(app.Services.GetRequiredService<IFileStorage>());
        var maker = await app.RegisterAsync("s3");
        var id = (await maker.CreateAsync()).Id();

        var media = await maker.AddMediaAsync(id, TestImages.Jpeg(640, 480));

        var key = media.Url()["/media/".Length..];
        Assert.Contains(key, await app.StoredKeysAsync());
        var served = await app.FetchAsync(media.Url());
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/webp", served.Content.Headers.ContentType?.MediaType);
        Assert.Contains(served.Headers.CacheControl!.Extensions, e => e.Name == "immutable");
        Assert.True(Uploads.IsWebP(await served.Content.ReadAsByteArrayAsync()));

        Assert.Equal(HttpStatusCode.NoContent, (await maker.Client.DeleteAsync($"/api/v1/products/{id}/media/{media.Id()}")).StatusCode);
        Assert.DoesNotContain(key, await app.StoredKeysAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await app.FetchAsync(media.Url())).StatusCode);
    }

    [Fact]
    public async Task WithAPublicBaseUrlMediaRedirectsToTheBucket()
    {
        await using var app = await StartAsync(s3.Settings(await s3.CreateBucketAsync(), "https://cdn.example.com/vitrin"));
        var user = await app.RegisterAsync("cdn");

        var avatar = (await (await user.PutAvatarAsync(TestImages.Form(TestImages.Png(300, 300), "a.png", "image/png"))).ReadJsonAsync()).Url("avatarUrl");

        var response = await app.FetchAsync(avatar);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"https://cdn.example.com/vitrin/{avatar["/media/".Length..]}", response.Headers.Location!.AbsoluteUri);
    }

    [Fact]
    public async Task TheSweepDeletesUnreferencedObjectsOnly()
    {
        await using var app = await StartAsync(s3.Settings(await s3.CreateBucketAsync()));
        var maker = await app.RegisterAsync("s3sweep");
        var media = await maker.AddMediaAsync((await maker.CreateAsync()).Id());
        var storage = app.Services.GetRequiredService<IFileStorage>();
        var orphan = StorageKeys.For(StorageKeys.NewStem(StorageKeys.Gallery), null);
        await storage.SaveAsync(orphan, [1, 2, 3], "image/webp", CancellationToken.None);
        var later = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(2));

        var deleted = await new OrphanedFiles(app.Services.GetRequiredService<IServiceScopeFactory>(), storage, later, NullLogger<OrphanedFiles>.Instance)
            .SweepAsync(CancellationToken.None);

        Assert.Equal(1, deleted);
        var keys = await app.StoredKeysAsync();
        Assert.DoesNotContain(orphan, keys);
        Assert.Contains(media.Url()["/media/".Length..], keys);
        Assert.Contains(media.Url("thumbnailUrl")["/media/".Length..], keys);
    }

    [Fact]
    public async Task AnUnreachableStoreIs503AndNothingIsSaved()
    {
        // Nothing listens on port 1.
        await using var app = await StartAsync(
            ("Storage:Provider", "S3"), ("Storage:S3:ServiceUrl", "http://127.0.0.1:1"), ("Storage:S3:AccessKey", "x"), ("Storage:S3:SecretKey", "y"));
        var user = await app.RegisterAsync("s3down");

        var upload = await user.PutAvatarAsync(TestImages.Form(TestImages.Jpeg(64, 64)));

        await upload.ReadProblemAsync(503);
        Assert.NotNull(upload.Headers.RetryAfter);
        var profile = await (await app.Anonymous().GetAsync($"/api/v1/users/{user.Username}")).ReadJsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, profile.GetProperty("avatarUrl").ValueKind);
        await (await app.FetchAsync("/media/avatars/" + new string('a', 32) + ".webp")).ReadProblemAsync(503);
    }
}
