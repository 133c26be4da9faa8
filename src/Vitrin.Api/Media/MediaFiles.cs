using Vitrin.Api.Storage;

namespace Vitrin.Api.Media;

/// <summary>Stores a processed upload's files and removes replaced ones.</summary>
public sealed partial class MediaFiles(IFileStorage storage, ILogger<MediaFiles> logger)
{
    public const string ContentType = "image/webp";

    public async Task SaveAsync(ProcessedImage image, CancellationToken ct)
    {
        foreach (var (key, content) in image.Files())
        {
            await storage.SaveAsync(key, content, ContentType, ct);
        }
    }

    /// <summary>
    /// Deletes files no row references any more; called after the database commit. Best effort: a
    /// failure is logged, and <see cref="OrphanedFiles"/> removes the file later.
    /// </summary>
    public async Task DeleteQuietlyAsync(IEnumerable<string?> keys)
    {
        foreach (var key in keys.OfType<string>().Distinct())
        {
            try
            {
                await storage.DeleteAsync(key, CancellationToken.None);
            }
            catch (Exception e) when (e is StorageUnavailableException or IOException or UnauthorizedAccessException)
            {
                LogDeleteFailed(logger, key, e.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete stored file {Key} ({Reason}); the orphaned-file sweep will retry")]
    private static partial void LogDeleteFailed(ILogger logger, string key, string reason);
}
