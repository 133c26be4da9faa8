using System.Globalization;
using System.Text;

namespace Vitrin.Api.Search;

/// <summary>
/// Text normalization shared by the query and the index. The databases apply the same Persian and
/// Arabic mapping to indexed text (see <see cref="PersianMap"/> and the AddSearch migrations); case and
/// Latin accents are folded by the engines (FTS5 unicode61 remove_diacritics, PostgreSQL unaccent).
/// </summary>
public static class SearchText
{
    /// <summary>
    /// Characters rewritten in indexed and query text: Arabic yeh/alef maksura → Persian yeh, Arabic kaf
    /// → Persian keheh, Arabic-Indic and Persian digits → ASCII digits.
    /// </summary>
    public static readonly IReadOnlyDictionary<char, char> PersianMap = BuildMap();

    /// <summary>Characters dropped without splitting the word: ZWNJ, ZWJ, tatweel and Arabic diacritics (harakat).</summary>
    public static readonly IReadOnlySet<char> Ignored = BuildIgnored();

    /// <summary>Lower-cased, Latin accents removed, Persian/Arabic forms unified; punctuation kept.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (rune.IsBmp && Ignored.Contains((char)rune.Value))
            {
                continue;
            }

            if (rune.IsBmp && PersianMap.TryGetValue((char)rune.Value, out var mapped))
            {
                result.Append(mapped);
            }
            else if (rune.Value < 0x0590)
            {
                // Latin, Greek, Cyrillic: drop combining accents, as FTS5 remove_diacritics and unaccent do.
                foreach (var part in rune.ToString().Normalize(NormalizationForm.FormD).EnumerateRunes())
                {
                    if (Rune.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                    {
                        result.Append(Rune.ToLowerInvariant(part).ToString());
                    }
                }
            }
            else
            {
                result.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// The words of a text after <see cref="Normalize"/>: runs of letters, digits and private-use
    /// characters (FTS5 unicode61's token characters); everything else separates words.
    /// </summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in Normalize(text).EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>The text the index reads for a product's tags: slugs in order, space separated.</summary>
    public static string TagText(IEnumerable<string> slugs) => string.Join(' ', slugs.Order(StringComparer.Ordinal));

    /// <summary>
    /// The key an exact title match compares: ASCII letters lower-cased, nothing else changed, which is
    /// what SQLite's lower() and PostgreSQL's lower(x COLLATE "C") both do.
    /// </summary>
    public static string ExactKey(string text)
    {
        var chars = text.Trim().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = char.IsAsciiLetterUpper(chars[i]) ? (char)(chars[i] + 32) : chars[i];
        }

        return new string(chars);
    }

    /// <summary>
    /// pg_trgm's similarity of two words: shared trigrams over all trigrams, each word padded with two
    /// spaces before and one after. Computed here so both databases pick the same typo corrections.
    /// </summary>
    public static double Similarity(string a, string b)
    {
        var x = Trigrams(a);
        var y = Trigrams(b);
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        var shared = x.Count(y.Contains);
        return (double)shared / (x.Count + y.Count - shared);
    }

    public static int Length(string word) => word.EnumerateRunes().Count();

    private static HashSet<string> Trigrams(string word)
    {
        var runes = new List<string> { " ", " " };
        runes.AddRange(word.EnumerateRunes().Select(r => r.ToString()));
        runes.Add(" ");
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 2 < runes.Count; i++)
        {
            set.Add(runes[i] + runes[i + 1] + runes[i + 2]);
        }

        return set;
    }

    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.PrivateUse => true,
        _ => false,
    };

    private static Dictionary<char, char> BuildMap()
    {
        var map = new Dictionary<char, char>
        {
            ['\u064A'] = '\u06CC', // ي Arabic yeh
            ['\u0649'] = '\u06CC', // ى alef maksura
            ['\u0643'] = '\u06A9', // ك Arabic kaf
        };
        for (var d = 0; d < 10; d++)
        {
            map[(char)(0x0660 + d)] = (char)('0' + d); // Arabic-Indic digits
            map[(char)(0x06F0 + d)] = (char)('0' + d); // Persian digits
        }

        return map;
    }

    private static HashSet<char> BuildIgnored()
    {
        var ignored = new HashSet<char> { '\u200C', '\u200D', '\u0640', '\u0670' };
        for (var c = '\u064B'; c <= '\u065F'; c++)
        {
            ignored.Add(c);
        }

        return ignored;
    }
}
