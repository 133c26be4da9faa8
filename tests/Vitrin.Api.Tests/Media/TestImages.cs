using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using NetVips;

namespace Vitrin.Api.Tests.Media;

/// <summary>Images (and things pretending to be images) for the upload tests.</summary>
public static class TestImages
{
    /// <summary>A picture with some texture, so encoders have real work to do.</summary>
    public static Image Picture(int width, int height)
    {
        using var gradient = Image.Xyz(width, height);
        using var scaled = gradient.Linear([255.0 / width, 255.0 / height], [0.0, 0.0]);
        using var third = Image.Black(width, height).Linear([1.0], [128.0]);
        using var joined = scaled.Bandjoin(third);
        return joined.Cast(Enums.BandFormat.Uchar);
    }

    public static byte[] Jpeg(int width = 800, int height = 600)
    {
        using var image = Picture(width, height);
        return image.JpegsaveBuffer(q: 85);
    }

    public static byte[] Png(int width = 800, int height = 600)
    {
        using var image = Picture(width, height);
        return image.PngsaveBuffer();
    }

    public static byte[] WebP(int width = 800, int height = 600)
    {
        using var image = Picture(width, height);
        return image.WebpsaveBuffer();
    }

    /// <summary>An animated GIF of <paramref name="frames"/> frames of width × height.</summary>
    public static byte[] AnimatedGif(int width, int height, int frames)
    {
        var pages = Enumerable.Range(0, frames).Select(_ => Picture(width, height)).ToArray();
        using var strip = Image.Arrayjoin(pages, across: 1);
        using var animated = strip.Mutate(m => m.Set(GValue.GIntType, "page-height", height));
        foreach (var page in pages)
        {
            page.Dispose();
        }

        return animated.GifsaveBuffer();
    }

    /// <summary>A JPEG carrying an EXIF block and a comment segment with <paramref name="marker"/> in both.</summary>
    public static byte[] JpegWithMetadata(string marker, int width = 640, int height = 480)
    {
        var jpeg = Jpeg(width, height);
        var text = Encoding.ASCII.GetBytes(marker + "\0");
        // Minimal little-endian TIFF: one IFD with ImageDescription (0x010E, ASCII) pointing past the IFD.
        var tiff = new List<byte>();
        tiff.AddRange("II*\0"u8.ToArray());
        tiff.AddRange(BitConverter.GetBytes(8));
        tiff.AddRange(BitConverter.GetBytes((short)1));
        tiff.AddRange(BitConverter.GetBytes((short)0x010E));
        tiff.AddRange(BitConverter.GetBytes((short)2));
        tiff.AddRange(BitConverter.GetBytes(text.Length));
        tiff.AddRange(BitConverter.GetBytes(26));
        tiff.AddRange(BitConverter.GetBytes(0));
        tiff.AddRange(text);
        byte[] exif = [.. "Exif\0\0"u8.ToArray(), .. tiff];
        return [0xFF, 0xD8, .. Segment(0xE1, exif), .. Segment(0xFE, Encoding.ASCII.GetBytes(marker)), .. jpeg.AsSpan(2)];
    }

    /// <summary>A valid JPEG whose comment segment holds PHP, as in <c>x.php.jpg</c> attacks.</summary>
    public static byte[] JpegWithPhp()
    {
        var jpeg = Jpeg(320, 240);
        return [0xFF, 0xD8, .. Segment(0xFE, "<?php system($_GET['c']); ?>"u8.ToArray()), .. jpeg.AsSpan(2)];
    }

    /// <summary>
    /// A PNG header announcing width × height (RGB, 8 bit) followed by a little compressed data and IEND:
    /// a few KB that would need width × height × 3 bytes to decode.
    /// </summary>
    public static byte[] BombPng(int width, int height)
    {
        var ihdr = new byte[13];
        WriteBigEndian(ihdr, 0, width);
        WriteBigEndian(ihdr, 4, height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // RGB
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[(width * 3) + 1];
            for (var i = 0; i < 20; i++)
            {
                zlib.Write(row);
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", ihdr);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>The multipart body of an upload, built with HttpClient's own types.</summary>
    public static MultipartFormDataContent Form(byte[] file, string fileName = "photo.jpg", string contentType = "image/jpeg", string? alt = null)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(part, "file", fileName);
        if (alt is not null)
        {
            form.Add(new StringContent(alt), "alt");
        }

        return form;
    }

    /// <summary>A multipart body written byte by byte, for file names HttpClient would not send (NUL, quotes).</summary>
    public static ByteArrayContent RawForm(byte[] file, string rawFileName, string contentType = "image/png")
    {
        const string Boundary = "vitrin-test-boundary-7d1f";
        var head = Encoding.UTF8.GetBytes(
            $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{rawFileName}\"\r\nContent-Type: {contentType}\r\n\r\n");
        var tail = Encoding.UTF8.GetBytes($"\r\n--{Boundary}--\r\n");
        var body = new ByteArrayContent([.. head, .. file, .. tail]);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
        return body;
    }

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var length = payload.Length + 2;
        return [0xFF, marker, (byte)(length >> 8), (byte)length, .. payload];
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var header = new byte[4];
        WriteBigEndian(header, 0, data.Length);
        png.Write(header);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typed);
        WriteBigEndian(header, 0, (int)Crc32(typed));
        png.Write(header);
    }

    private static void WriteBigEndian(byte[] buffer, int offset, int value)
    {
        buffer[offset] = (byte)(value >> 24);
        buffer[offset + 1] = (byte)(value >> 16);
        buffer[offset + 2] = (byte)(value >> 8);
        buffer[offset + 3] = (byte)value;
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
