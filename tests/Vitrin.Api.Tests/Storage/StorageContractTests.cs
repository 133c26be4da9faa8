using Vitrin.Api.Storage;

namespace Vitrin.Api.Tests.Storage;

/// <summary>What every <see cref="IFileStorage"/> must do; run against each implementation.</summary>
public abstract class StorageContractTests
{
    protected abstract IFileStorage Storage { get; }

    private static string NewKey(string? variant = null) => StorageKeys.For(StorageKeys.NewStem(StorageKeys.Gallery), variant);

    private static async Task<byte[]> ReadAsync(StoredFile file)
    {
        await using (file)
        {
            using var copy = new MemoryStream();
            await file.Content.CopyToAsync(copy);
            return copy.ToArray();
        }
    }

    [Fact]
    public async Task ASavedFileReadsBackWithItsContentTypeAndLength()
    {
        var key = NewKey();
        byte[] content = [1, 2, 3, 4, 5, 250];

        await Storage.SaveAsync(key, content, "image/webp", CancellationToken.None);

        var file = await Storage.OpenAsync(key, CancellationToken.None);
        Assert.NotNull(file);
        Assert.Equal("image/webp", file.ContentType);
        Assert.Equal(content.Length, file.Length);
        Assert.InRange(file.LastModified, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.Equal(content, await ReadAsync(file));
    }

    [Fact]
    public async Task SavingAgainReplacesTheFile()
    {
        var key = NewKey("400");
        await Storage.SaveAsync(key, [1, 1, 1], "image/webp", CancellationToken.None);

        await Storage.SaveAsync(key, [2, 2], "image/webp", CancellationToken.None);

        Assert.Equal([2, 2], await ReadAsync((await Storage.OpenAsync(key, CancellationToken.None))!));
    }

    [Fact]
    public async Task AMissingKeyOpensAsNull() =>
        Assert.Null(await Storage.OpenAsync(NewKey(), CancellationToken.None));

    [Fact]
    public async Task DeletingRemovesTheFileAndMayBeRepeated()
    {
        var key = NewKey();
        await Storage.SaveAsync(key, [9], "image/webp", CancellationToken.None);

        await Storage.DeleteAsync(key, CancellationToken.None);
        await Storage.DeleteAsync(key, CancellationToken.None);

        Assert.Null(await Storage.OpenAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task ListingShowsEveryStoredFileWithItsTime()
    {
        string[] keys = [NewKey(), NewKey("160"), StorageKeys.For(StorageKeys.NewStem(StorageKeys.Avatars), null)];
        foreach (var key in keys)
        {
            await Storage.SaveAsync(key, [7, 7], "image/webp", CancellationToken.None);
        }

        var listed = new Dictionary<string, DateTimeOffset>();
        await foreach (var file in Storage.ListAsync(CancellationToken.None))
        {
            listed[file.Key] = file.LastModified;
        }

        foreach (var key in keys)
        {
            Assert.True(listed.ContainsKey(key), $"{key} is not listed: {string.Join(", ", listed.Keys)}");
            Assert.InRange(listed[key], DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
        }
    }
}

public sealed class LocalStorageContractTests : StorageContractTests, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "vitrin-storage-tests", Guid.NewGuid().ToString("N"));

    public LocalStorageContractTests() => Storage = new LocalFileStorage(_root);

    protected override IFileStorage Storage { get; }

    [Theory]
    [InlineData("../outside.webp")]
    [InlineData("gallery/../../outside.webp")]
    [InlineData("/etc/passwd")]
    public async Task KeysThatLeaveTheFolderAreRefused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.SaveAsync(key, [1], "image/webp", CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.DeleteAsync(key, CancellationToken.None));
    }

    [Fact]
    public void TheApiServesLocalFilesItself() => Assert.Null(Storage.PublicUrl("gallery/x.webp"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}

public sealed class S3StorageContractTests(S3rverFixture s3) : StorageContractTests, IClassFixture<S3rverFixture>, IAsyncLifetime
{
    private S3FileStorage? _storage;

    protected override IFileStorage Storage => _storage ?? throw new InvalidOperationException("Not initialized.");

    public async ValueTask InitializeAsync() => _storage = new S3FileStorage(s3.Options(await s3.CreateBucketAsync()));

    [Fact]
    public async Task APublicBaseUrlGivesDirectAddresses()
    {
        using var storage = new S3FileStorage(s3.Options(await s3.CreateBucketAsync(), "https://cdn.example.com/vitrin/"));

        Assert.Equal("https://cdn.example.com/vitrin/gallery/abc.webp", storage.PublicUrl("gallery/abc.webp")!.AbsoluteUri);
    }

    public ValueTask DisposeAsync()
    {
        _storage?.Dispose();
        return ValueTask.CompletedTask;
    }
}
