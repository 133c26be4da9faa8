using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Vitrin.Api.Media;
using Vitrin.Api.Storage;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Media;

/// <summary>The sweep on local storage (its S3 run is in Storage/S3UploadTests).</summary>
public sealed class OrphanedFilesTests : IAsyncLifetime
{
    private readonly VitrinApp _app = new();

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private OrphanedFiles Sweeper(TimeSpan fromNow) => new(
        _app.Services.GetRequiredService<IServiceScopeFactory>(), _app.Services.GetRequiredService<IFileStorage>(),
        new FakeTimeProvider(DateTimeOffset.UtcNow + fromNow), NullLogger<OrphanedFiles>.Instance);

    [Fact]
    public async Task OldFilesNoRowReferencesAreDeletedAndEverythingElseStays()
    {
        var maker = await _app.RegisterAsync("sweep");
        var id = (await maker.CreateAsync()).Id();
        var media = await maker.AddMediaAsync(id);
        var logo = await (await maker.PutLogoAsync(id, TestImages.Form(TestImages.Png(200, 200), "l.png", "image/png"))).ReadJsonAsync();
        var avatar = (await (await maker.PutAvatarAsync(TestImages.Form(TestImages.Jpeg(200, 200)))).ReadJsonAsync()).Url("avatarUrl");
        var storage = _app.Services.GetRequiredService<IFileStorage>();
        string[] orphans = [StorageKeys.For(StorageKeys.NewStem(StorageKeys.Gallery), null), StorageKeys.For(StorageKeys.NewStem(StorageKeys.Avatars), null)];
        foreach (var orphan in orphans)
        {
            await storage.SaveAsync(orphan, [1], "image/webp", CancellationToken.None);
        }

        // Within the hour, an unreferenced file may belong to an upload whose row is not committed yet.
        Assert.Equal(0, await Sweeper(TimeSpan.FromMinutes(30)).SweepAsync(CancellationToken.None));

        Assert.Equal(2, await Sweeper(TimeSpan.FromHours(2)).SweepAsync(CancellationToken.None));

        var keys = await _app.StoredKeysAsync();
        Assert.DoesNotContain(orphans[0], keys);
        Assert.DoesNotContain(orphans[1], keys);
        string[] referenced = [media.Url(), media.Url("thumbnailUrl"), logo.Url("thumbnailUrl"), logo.Url("thumbnailUrl").Replace("-160", "", StringComparison.Ordinal), avatar];
        foreach (var url in referenced)
        {
            Assert.Contains(url["/media/".Length..], keys);
        }

        Assert.Equal(0, await Sweeper(TimeSpan.FromHours(2)).SweepAsync(CancellationToken.None));
    }
}
