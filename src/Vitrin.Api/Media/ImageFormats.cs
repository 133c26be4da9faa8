namespace Vitrin.Api.Media;

public enum ImageFormat
{
    Jpeg,
    Png,
    WebP,
    Gif,
}

/// <summary>Recognizes the accepted formats by their magic bytes; a file's name and declared type are ignored.</summary>
public static class ImageFormats
{
    public static ImageFormat? Detect(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => ImageFormat.Jpeg,
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => ImageFormat.Png,
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'7' or (byte)'9', (byte)'a', ..] => ImageFormat.Gif,
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => ImageFormat.WebP,
        _ => null,
    };

    /// <summary>The libvips loader that must have read the header of this format (no other loader is allowed to run).</summary>
    public static string Loader(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "jpegload_buffer",
        ImageFormat.Png => "pngload_buffer",
        ImageFormat.WebP => "webpload_buffer",
        _ => "gifload_buffer",
    };
}
