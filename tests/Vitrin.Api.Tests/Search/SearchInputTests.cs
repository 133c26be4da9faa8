using System.Diagnostics;
using System.Net;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Search;

/// <summary>Whatever arrives in q: an empty result or a 400, never a 500, never slow, never SQL in an answer.</summary>
public sealed class SearchInputTests(VitrinApp app)
{
    public static TheoryData<string> Garbage() =>
    [
        "' OR 1=1 --",
        "'; DROP TABLE products; --",
        "x'); SELECT pg_sleep(5); --",
        "1 AND (SELECT 1 FROM pg_sleep(5))",
        "'||pg_sleep(5)||'",
        "\" OR \"\"=\"",
        "NEAR(a b, 1) AND {title} : ^x*",
        "title : x OR tagline: y NOT description",
        "a & b | !c <-> d:* 'e':A",
        "'':*",
        "\"",
        "\"unbalanced phrase",
        "- -- --- -\"\" \"\" :",
        "tag: category: maker: tag:\"\" maker:\"",
        "-x -y -z",
        "***",
        "((((((((((",
        "\\\\\\'\\\"",
        new string('!', 200),
        new string('"', 200),
        new string('-', 200),
        string.Concat(Enumerable.Repeat("a ", 100)),
        string.Concat(Enumerable.Repeat("ab", 100)),
        "😀🚀 ✨",
        "\u200C\u200D\u0640\u064B",
        "ǅ ﬁ ẞ Ⅻ ²",
        "%_%",
        "0x00 \\0 %00",
    ];

    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task GarbageIsAnEmptyResultOrValidationProblemQuickly(string q)
    {
        foreach (var path in new[] { "", "/products", "/users" })
        {
            var watch = Stopwatch.StartNew();
            var response = await app.Anonymous().GetSearchAsync(path, q);
            var text = await response.Content.ReadAsStringAsync();
            watch.Stop();

            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{path} {q}: {(int)response.StatusCode} {text}");
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"{path} {q} took {watch.Elapsed}");
            Assert.DoesNotContain("SELECT", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("syntax", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("fts5", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("tsquery", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task InjectionDoesNotReachTheDatabase()
    {
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("searcher");
        var plain = await maker.ProductAsync($"{word} safe");
        var literal = await maker.ProductAsync($"{word} or 1=1 trick");

        // Quotes and operators are text: every word must match, and nothing widens the search.
        Assert.Equal([literal], await app.SearchIdsAsync($"{word}' OR 1=1 --"));
        Assert.Equal([literal], await app.SearchIdsAsync($"{word}\" OR \"1"));
        Assert.Equal([literal, plain], await app.SearchIdsAsync(word, "&sort=new"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=")]
    [InlineData("?q=a%00b")]
    [InlineData("?q=a%0Ab")]
    [InlineData("?q=a%1Bb")]
    public async Task MissingEmptyOrControlCharacterQueryIsValidationProblem(string query)
    {
        foreach (var path in new[] { "", "/products", "/users" })
        {
            await (await app.Anonymous().GetAsync($"/api/v1/search{path}{query}")).AssertValidationErrorAsync("q");
        }
    }

    [Fact]
    public async Task QueryOf200CharactersIsAcceptedAnd201IsNot()
    {
        foreach (var path in new[] { "", "/products", "/users" })
        {
            await (await app.Anonymous().GetSearchAsync(path, new string('a', 200))).ReadJsonAsync();
            await (await app.Anonymous().GetSearchAsync(path, new string('a', 201))).AssertValidationErrorAsync("q");
        }
    }

    [Theory]
    [InlineData("&sort=trending")]
    [InlineData("&sort=RELEVANCE")]
    [InlineData("&sort=1")]
    public async Task UnknownSortIsValidationProblem(string extra)
    {
        await (await app.Anonymous().GetSearchAsync("/products", "x", extra)).AssertValidationErrorAsync("sort");
    }

    [Theory]
    [InlineData("&limit=0", "limit")]
    [InlineData("&limit=101", "limit")]
    [InlineData("&cursor=not-a-cursor", "cursor")]
    [InlineData("&category=a%00", "category")]
    public async Task BadPagingAndFiltersAreValidationProblems(string extra, string field)
    {
        await (await app.Anonymous().GetSearchAsync("/products", "x", extra)).AssertValidationErrorAsync(field);
    }

    [Fact]
    public async Task CursorFromAnotherSearchIsValidationProblem()
    {
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("searcher");
        await maker.ProductAsync($"{word} one");
        await maker.ProductAsync($"{word} two");
        var page = await (await app.Anonymous().GetSearchAsync("/products", word, "&limit=1")).ReadJsonAsync();
        var cursor = Uri.EscapeDataString(page.GetProperty("nextCursor").GetString()!);

        await (await app.Anonymous().GetSearchAsync("/products", word + " one", $"&limit=1&cursor={cursor}")).AssertValidationErrorAsync("cursor");
        await (await app.Anonymous().GetSearchAsync("/products", word, $"&limit=1&sort=new&cursor={cursor}")).AssertValidationErrorAsync("cursor");
        await (await app.Anonymous().GetSearchAsync("/users", word, $"&limit=1&cursor={cursor}")).AssertValidationErrorAsync("cursor");
    }
}
