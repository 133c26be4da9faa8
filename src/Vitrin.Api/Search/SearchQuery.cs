using System.Text;
using Vitrin.Api.Products;
using Vitrin.Api.Users;

namespace Vitrin.Api.Search;

/// <summary>
/// A parsed search box query. <c>"exact phrase"</c>, <c>-word</c> / <c>-"phrase"</c> (exclude),
/// <c>tag:name</c>, <c>category:slug</c>, <c>maker:username</c>; everything else is plain words.
/// Words are normalized (<see cref="SearchText"/>), so they hold only letters and digits and are safe
/// to quote into an FTS5 or tsquery expression. Pure: no database, no exceptions for any input.
/// </summary>
public sealed record SearchQuery(
    IReadOnlyList<string> Words,
    IReadOnlyList<IReadOnlyList<string>> Phrases,
    IReadOnlyList<IReadOnlyList<string>> Excluded,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Makers,
    string ExactTitle)
{
    /// <summary>At most this many words and phrases are searched; the rest of a long query is ignored.</summary>
    public const int MaxTerms = 12;

    /// <summary>At most this many exclusions and operator values (of each kind) are applied.</summary>
    public const int MaxFilters = 5;

    /// <summary>True when there are words or phrases to look for.</summary>
    public bool HasTerms => Words.Count + Phrases.Count > 0;

    /// <summary>True when the query selects something: terms, or operators that filter.</summary>
    public bool IsSearchable => HasTerms || Tags.Count + Categories.Count + Makers.Count > 0;

    /// <summary>
    /// The shortest last word that also matches as a prefix: one character starts too many words to
    /// narrow anything (a digit started 11 111 title words in the benchmark data, and merging their
    /// index entries cost 33 ms of database CPU per search, called on every keystroke).
    /// </summary>
    public const int MinPrefixLength = 2;

    /// <summary>The last plain word, which also matches as a prefix (the word being typed), when it has at least <see cref="MinPrefixLength"/> characters.</summary>
    public string? PrefixWord => Words.Count > 0 && SearchText.Length(Words[^1]) >= MinPrefixLength ? Words[^1] : null;

    public static SearchQuery Parse(string q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var words = new List<string>();
        var phrases = new List<IReadOnlyList<string>>();
        var excluded = new List<IReadOnlyList<string>>();
        var tags = new List<string>();
        var categories = new List<string>();
        var makers = new List<string>();
        var exact = new List<string>();
        var i = 0;
        while (i < q.Length)
        {
            if (char.IsWhiteSpace(q[i]))
            {
                i++;
                continue;
            }

            var negate = q[i] == '-' && i + 1 < q.Length && !char.IsWhiteSpace(q[i + 1]);
            if (negate)
            {
                i++;
            }

            var quoted = q[i] == '"';
            var raw = quoted ? ReadQuoted(q, ref i) : ReadBare(q, ref i);
            if (!quoted && !negate && Operator(raw) is { } op)
            {
                var value = op.Value;
                switch (op.Name)
                {
                    case "tag" when Slugs.Tag(value) is { Length: > 0 } tag:
                        Add(tags, tag);
                        break;
                    case "category" when value.Length > 0:
                        Add(categories, value.ToLowerInvariant());
                        break;
                    case "maker" when value.Length > 0:
                        // A value that cannot be a username keeps the filter, so it matches nothing.
                        Add(makers, UserLookup.Normalize(value.TrimStart('@')) ?? "");
                        break;
                }

                continue;
            }

            var tokens = SearchText.Words(raw);
            if (tokens.Count == 0)
            {
                continue;
            }

            if (negate)
            {
                if (excluded.Count < MaxFilters)
                {
                    excluded.Add(tokens);
                }
            }
            else if (quoted)
            {
                if (words.Count + phrases.Count < MaxTerms)
                {
                    phrases.Add(tokens);
                    exact.Add(raw);
                }
            }
            else
            {
                foreach (var token in tokens.Where(_ => words.Count + phrases.Count < MaxTerms))
                {
                    words.Add(token);
                }

                exact.Add(raw);
            }
        }

        return new SearchQuery(words, phrases, excluded, tags, categories, makers, SearchText.ExactKey(string.Join(' ', exact)));
    }

    private static void Add(List<string> list, string value)
    {
        if (list.Count < MaxFilters && !list.Contains(value))
        {
            list.Add(value);
        }
    }

    /// <summary><c>name:value</c> for a known operator name (any case), else null.</summary>
    private static (string Name, string Value)? Operator(string raw)
    {
        var colon = raw.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var name = raw[..colon].ToLowerInvariant();
        return name is "tag" or "category" or "maker" ? (name, raw[(colon + 1)..]) : null;
    }

    /// <summary>Text up to the closing quote; an unbalanced quote runs to the end.</summary>
    private static string ReadQuoted(string q, ref int i)
    {
        var end = q.IndexOf('"', i + 1);
        var text = end < 0 ? q[(i + 1)..] : q[(i + 1)..end];
        i = end < 0 ? q.Length : end + 1;
        return text;
    }

    /// <summary>Text up to whitespace; an operator's quoted value (<c>tag:"a b"</c>) is read whole.</summary>
    private static string ReadBare(string q, ref int i)
    {
        var text = new StringBuilder();
        while (i < q.Length && !char.IsWhiteSpace(q[i]))
        {
            if (q[i] == '"' && text.Length > 0 && text[^1] == ':')
            {
                text.Append(ReadQuoted(q, ref i));
                return text.ToString();
            }

            text.Append(q[i++]);
        }

        return text.ToString();
    }
}
