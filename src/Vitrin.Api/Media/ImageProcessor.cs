using NetVips;

namespace Vitrin.Api.Media;

/// <summary>What an upload is for: where its files go and the sizes made from it.</summary>
public sealed record ImagePurpose(string Folder, int Size, bool Square, int? ThumbnailSize)
{
    /// <summary>Logo: 512 px for the product page and link previews; 160 px thumbnail for cards (56–72 px at up to 2×).</summary>
    public static readonly ImagePurpose Logo = new(Storage.StorageKeys.Logos, 512, Square: false, ThumbnailSize: 160);

    /// <summary>Gallery: at most 1600 px on the long side; 400 px thumbnail for the strip.</summary>
    public static readonly ImagePurpose Gallery = new(Storage.StorageKeys.Gallery, 1600, Square: false, ThumbnailSize: 400);

    /// <summary>Avatar: one 256 px square (shown at 24–96 px), center-cropped.</summary>
    public static readonly ImagePurpose Avatar = new(Storage.StorageKeys.Avatars, 256, Square: true, ThumbnailSize: null);
}

/// <summary>A re-encoded upload: WebP bytes under generated keys, with the main image's size.</summary>
public sealed record ProcessedImage(string Key, byte[] Content, string? ThumbnailKey, byte[]? Thumbnail, int Width, int Height)
{
    public IEnumerable<(string Key, byte[] Content)> Files()
    {
        yield return (Key, Content);
        if (ThumbnailKey is not null && Thumbnail is not null)
        {
            yield return (ThumbnailKey, Thumbnail);
        }
    }
}

/// <summary>
/// Decodes untrusted images with libvips (NetVips) and re-encodes them as WebP without metadata.
/// The format is checked from magic bytes and the pixel count from the header before any pixel is
/// decoded; decoding uses the loaders' shrink-on-load, so a large JPEG never exists at full size in memory.
/// </summary>
public sealed class ImageProcessor : IDisposable
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const long MaxPixels = 40_000_000;
    private const int Quality = 82;

    // Bounds the memory of concurrent decodes: extra uploads wait their turn.
    private readonly SemaphoreSlim _gate = new(Math.Max(1, Environment.ProcessorCount));

    static ImageProcessor()
    {
        // Only the four accepted loaders may ever run, whatever libvips would sniff; nothing untrusted (SVG, PDF, magick…).
        NetVips.NetVips.BlockUntrusted = true;
        Operation.Block("VipsForeignLoad", true);
        foreach (var loader in new[] { "VipsForeignLoadJpeg", "VipsForeignLoadPng", "VipsForeignLoadWebp", "VipsForeignLoadNsgif" })
        {
            Operation.Block(loader, false);
        }

        // Operation caching would keep decoded uploads alive after the request.
        Cache.Max = 0;
    }

    /// <summary>The re-encoded image, or a message saying why the file is refused.</summary>
    public async Task<(ProcessedImage? Image, string? Error)> ProcessAsync(byte[] content, ImagePurpose purpose, CancellationToken ct)
    {
        if (ImageFormats.Detect(content) is not { } format)
        {
            return (null, "Only JPEG, PNG, WebP and GIF images are accepted (the file's content is none of these).");
        }

        try
        {
            // Header only: libvips loads lazily, so nothing is decompressed yet (and a bomb waits for no decode slot).
            using (var header = Image.NewFromBuffer(content, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error))
            {
                if (header.Get("vips-loader") as string != ImageFormats.Loader(format))
                {
                    return (null, "The file's content does not match its format.");
                }

                if ((long)header.Width * header.Height > MaxPixels)
                {
                    return (null, $"The image is {header.Width} × {header.Height} pixels; at most {MaxPixels / 1_000_000} megapixels are accepted.");
                }
            }
        }
        catch (VipsException)
        {
            return (null, "The image could not be decoded.");
        }

        await _gate.WaitAsync(ct);
        try
        {
            var stem = Storage.StorageKeys.NewStem(purpose.Folder);
            // thumbnail_buffer shrinks while loading (JPEG DCT scaling, WebP scaling), takes the first frame of a GIF,
            // applies the EXIF orientation and converts to sRGB. The result is held in memory once, so the
            // thumbnail is made from it instead of decoding the upload a second time.
            using var loaded = Image.ThumbnailBuffer(content, purpose.Size, height: purpose.Size, size: Enums.Size.Down,
                crop: purpose.Square ? Enums.Interesting.Centre : Enums.Interesting.None, failOn: Enums.FailOn.Error);
            using var main = loaded.CopyMemory();
            var mainKey = Storage.StorageKeys.For(stem, null);
            if (purpose.ThumbnailSize is not { } size)
            {
                return (new ProcessedImage(mainKey, Encode(main), null, null, main.Width, main.Height), null);
            }

            using var thumbnail = main.ThumbnailImage(size, height: size, size: Enums.Size.Down);
            var thumbnailKey = Storage.StorageKeys.For(stem, size.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return (new ProcessedImage(mainKey, Encode(main), thumbnailKey, Encode(thumbnail), main.Width, main.Height), null);
        }
        catch (VipsException)
        {
            return (null, "The image could not be decoded.");
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    // Effort 2 of 6: about 5 % larger files than the default 4, a quarter less encoding time on the request path.
    private static byte[] Encode(Image image) => image.WebpsaveBuffer(q: Quality, effort: 2, keep: Enums.ForeignKeep.None);
}
