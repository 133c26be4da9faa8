namespace Vitrin.Api.Infrastructure;

public static class MediaUrls
{
    /// <summary>Public URL of a stored file (served by the storage back end under /media).</summary>
    public static string? For(string? path) => path is null ? null : $"/media/{path}";
}
