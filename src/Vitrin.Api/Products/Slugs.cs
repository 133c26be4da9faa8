using System.Globalization;
using System.Text;

namespace Vitrin.Api.Products;

/// <summary>
/// URL slugs for products and tags. Latin text loses its accents ("Café" → "cafe"); letters of
/// other scripts stay as they are, so a Persian title gives a Persian slug ("ویترین محصول" →
/// "ویترین-محصول"). Arabic ي/ك become Persian ی/ک, harakat and tatweel are dropped, a
/// zero-width non-joiner separates words, and every decimal digit becomes ASCII.
/// </summary>
public static class Slugs
{
    public const int MaxLength = 80;
    public const int MaxTagLength = 30;
    public const int MinTagLength = 2;

    /// <summary>Used when a title has no letters, and as a prefix when it has only digits.</summary>
    public const string Fallback = "product";

    /// <summary>
    /// A slug of at most <see cref="MaxLength"/> chars that always contains a non-digit, so that
    /// it can never be mistaken for a numeric id.
    /// </summary>
    public static string FromTitle(string title)
    {
        var slug = Cut(Normalize(title), MaxLength);
        if (slug.All(c => c is '-' or (>= '0' and <= '9')))
        {
            slug = slug.Length == 0 ? Fallback : Cut($"{Fallback}-{slug}", MaxLength);
        }

        return slug;
    }

    /// <summary>"slug-n" for the n-th product with the same slug (n ≥ 2; the first keeps the bare slug).</summary>
    public static string WithSuffix(string slug, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2);
        return $"{Cut(slug, MaxLength)}-{n.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>A tag's canonical form, or "" when fewer than <see cref="MinTagLength"/> usable chars remain.</summary>
    public static string Tag(string raw)
    {
        var tag = Cut(Normalize(raw), MaxTagLength);
        return tag.Length < MinTagLength ? "" : tag;
    }

    private static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = StripMarks(text.Normalize(NormalizationForm.FormKD)).Normalize(NormalizationForm.FormC);
        var slug = new StringBuilder(composed.Length);
        var separate = false;
        foreach (var rune in composed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (rune.Value is '\'' or '\u2019' or 0x0640 || IsHaraka(rune.Value))
            {
                continue; // apostrophes, tatweel and harakat vanish without splitting the word
            }

            Rune? kept = rune.Value switch
            {
                0x064A => new Rune(0x06CC), // Arabic yeh → Persian yeh
                0x0643 => new Rune(0x06A9), // Arabic kaf → Persian keheh
                _ when Rune.IsDigit(rune) => new Rune('0' + (int)Rune.GetNumericValue(rune)),
                _ when Rune.IsLetter(rune) => Rune.ToLowerInvariant(rune),
                // Vowel signs of Indic and other scripts belong to the letter before them.
                _ when category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                    && slug.Length > 0 && !separate => rune,
                _ => null,
            };
            if (kept is not { } value)
            {
                separate = true;
                continue;
            }

            if (separate && slug.Length > 0)
            {
                slug.Append('-');
            }

            separate = false;
            slug.Append(value.ToString());
        }

        return slug.ToString();
    }

    /// <summary>
    /// Drops accents from decomposed Latin, Greek and Cyrillic letters, and Arabic harakat. Hamza
    /// and madda stay, so that NFC puts آ, أ, ؤ and ئ back together.
    /// </summary>
    private static string StripMarks(string decomposed)
    {
        var result = new StringBuilder(decomposed.Length);
        var previousBase = 0;
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.NonSpacingMark)
            {
                previousBase = rune.Value;
            }
            else if (previousBase < 0x0590 || (IsHaraka(rune.Value) && rune.Value is < 0x0653 or > 0x0655))
            {
                continue;
            }

            result.Append(rune.ToString());
        }

        return result.ToString();
    }

    private static bool IsHaraka(int c) => c is (>= 0x064B and <= 0x065F) or 0x0670;

    /// <summary>Shortens to at most <paramref name="max"/> chars, at a '-' when one is in the second half.</summary>
    private static string Cut(string slug, int max)
    {
        if (slug.Length <= max)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', max);
        if (cut < max / 2)
        {
            cut = char.IsHighSurrogate(slug[max - 1]) ? max - 1 : max;
        }

        return slug[..cut].TrimEnd('-');
    }
}
