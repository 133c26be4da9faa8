using System.Runtime.CompilerServices;

namespace Vitrin.Api.Storage;

/// <summary>Files on local disk, in a folder outside the web root (by default <c>{data}/media</c>).</summary>
public sealed class LocalFileStorage(string root) : IFileStorage
{
    private readonly string _root = Path.GetFullPath(root);

    public async Task SaveAsync(string key, byte[] content, string contentType, CancellationToken ct)
    {
        var path = PathOf(key);
        // Written aside and moved into place, so a reader never sees half a file.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(temporary, content, ct);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException($"Cannot write {key}: {e.Message}", e);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<StoredFile?> OpenAsync(string key, CancellationToken ct)
    {
        var file = new FileInfo(PathOf(key));
        if (!file.Exists)
        {
            return Task.FromResult<StoredFile?>(null);
        }

        try
        {
            Stream stream = file.Open(new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.ReadWrite | FileShare.Delete, Options = FileOptions.Asynchronous });
            return Task.FromResult<StoredFile?>(new StoredFile(stream, file.Length, ContentTypes.For(key), file.LastWriteTimeUtc));
        }
        catch (FileNotFoundException)
        {
            return Task.FromResult<StoredFile?>(null);
        }
    }

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<StoredFileInfo> ListAsync([EnumeratorCancellation] CancellationToken ct)
    {
        if (!Directory.Exists(_root))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            ct.ThrowIfCancellationRequested();
            var key = Path.GetRelativePath(_root, path).Replace(Path.DirectorySeparatorChar, '/');
            yield return new StoredFileInfo(key, File.GetLastWriteTimeUtc(path));
        }

        await Task.CompletedTask;
    }

    public Uri? PublicUrl(string key) => null;

    /// <summary>The file's path, refusing any key that would leave the root.</summary>
    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(_root, key));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || key.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("The key leaves the storage folder.", nameof(key));
        }

        return path;
    }
}

public static class ContentTypes
{
    /// <summary>The stored files are all generated; their extension says what they are.</summary>
    public static string For(string key) => Path.GetExtension(key) switch
    {
        ".webp" => "image/webp",
        _ => "application/octet-stream",
    };
}
