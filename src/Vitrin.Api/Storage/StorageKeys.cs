using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Vitrin.Api.Storage;

/// <summary>
/// Generated file names: <c>{folder}/{32 random hex}[-{variant}].webp</c>. A client's file name never
/// reaches storage, so names cannot traverse folders, collide or carry an executable extension.
/// </summary>
public static partial class StorageKeys
{
    public const string Logos = "logos";
    public const string Gallery = "gallery";
    public const string Avatars = "avatars";

    /// <summary>A fresh random stem for one upload's files, e.g. <c>gallery/3f…e1</c>.</summary>
    public static string NewStem(string folder) => $"{folder}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";

    public static string For(string stem, string? variant) => variant is null ? $"{stem}.webp" : $"{stem}-{variant}.webp";

    /// <summary>Whether a key has the generated shape (checked before serving anything).</summary>
    public static bool IsValid(string? key) => key is not null && KeyPattern().IsMatch(key);

    [GeneratedRegex("^(logos|gallery|avatars)/[0-9a-f]{32}(-[a-z0-9]{1,10})?\\.webp$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
