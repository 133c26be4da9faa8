using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Storage;

namespace Vitrin.Api.Media;

/// <summary>
/// Deletes stored files that no row references: left behind when a delete after a commit failed, an
/// upload's transaction did not commit, or an account was erased. Files younger than an hour are kept,
/// since an upload stores its files before its row commits. Meant to run as a recurring job.
/// </summary>
public sealed partial class OrphanedFiles(IServiceScopeFactory scopes, IFileStorage storage, TimeProvider clock, ILogger<OrphanedFiles> logger)
{
    public static readonly TimeSpan MinimumAge = TimeSpan.FromHours(1);
    private const int BatchSize = 500;

    /// <summary>Returns how many files were deleted.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow() - MinimumAge;
        var deleted = 0;
        var batch = new List<string>(BatchSize);
        await foreach (var file in storage.ListAsync(ct))
        {
            if (file.LastModified < cutoff)
            {
                batch.Add(file.Key);
            }

            if (batch.Count == BatchSize)
            {
                deleted += await DeleteUnreferencedAsync(batch, ct);
                batch.Clear();
            }
        }

        deleted += await DeleteUnreferencedAsync(batch, ct);
        if (deleted > 0)
        {
            LogSwept(logger, deleted);
        }

        return deleted;
    }

    private async Task<int> DeleteUnreferencedAsync(List<string> keys, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return 0;
        }

        HashSet<string> referenced;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VitrinDbContext>();
            referenced = [
                .. await db.Products.Where(p => keys.Contains(p.LogoPath!)).Select(p => p.LogoPath!).ToListAsync(ct),
                .. await db.Products.Where(p => keys.Contains(p.ThumbnailPath!)).Select(p => p.ThumbnailPath!).ToListAsync(ct),
                .. await db.ProductMedia.Where(m => keys.Contains(m.Path)).Select(m => m.Path).ToListAsync(ct),
                .. await db.ProductMedia.Where(m => keys.Contains(m.ThumbnailPath!)).Select(m => m.ThumbnailPath!).ToListAsync(ct),
                .. await db.Users.Where(u => keys.Contains(u.AvatarPath!)).Select(u => u.AvatarPath!).ToListAsync(ct),
            ];
        }

        var deleted = 0;
        foreach (var key in keys.Where(k => !referenced.Contains(k)))
        {
            await storage.DeleteAsync(key, ct);
            deleted++;
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} stored files that nothing referenced")]
    private static partial void LogSwept(ILogger logger, int count);
}
