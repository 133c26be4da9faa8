using Vitrin.Api.Search;

namespace Vitrin.Api.Tests.Search;

public sealed class SearchQueryTests
{
    private static string[][] Lists(IReadOnlyList<IReadOnlyList<string>> lists) => lists.Select(l => l.ToArray()).ToArray();

    [Fact]
    public void PlainWordsAreNormalizedAndSplitOnPunctuation()
    {
        var q = SearchQuery.Parse("  Notion.so  CAFÉ-crème ");

        Assert.Equal(["notion", "so", "cafe", "creme"], q.Words);
        Assert.Equal("creme", q.PrefixWord);
        Assert.Equal("notion.so cafÉ-crème", q.ExactTitle);
    }

    [Theory]
    [InlineData("notion n", null)]
    [InlineData("5", null)]
    [InlineData("notion no", "no")]
    [InlineData("۵۰", "50")]
    public void ASingleCharacterIsNoPrefix(string text, string? prefix)
    {
        Assert.Equal(prefix, SearchQuery.Parse(text).PrefixWord);
    }

    [Fact]
    public void QuotedTextIsAPhrase()
    {
        var q = SearchQuery.Parse("board \"Open Source\" tools");

        Assert.Equal(["board", "tools"], q.Words);
        Assert.Equal([["open", "source"]], Lists(q.Phrases));
        Assert.Equal("board open source tools", q.ExactTitle);
    }

    [Fact]
    public void UnbalancedQuoteRunsToTheEnd()
    {
        var q = SearchQuery.Parse("a \"b c");

        Assert.Equal(["a"], q.Words);
        Assert.Equal([["b", "c"]], Lists(q.Phrases));
    }

    [Fact]
    public void MinusExcludesAWordOrAPhrase()
    {
        var q = SearchQuery.Parse("chat -slack -\"team chat\" - x-ray");

        Assert.Equal(["chat", "x", "ray"], q.Words);
        Assert.Equal([["slack"], ["team", "chat"]], Lists(q.Excluded));
    }

    [Fact]
    public void OperatorsAreReadAndNormalized()
    {
        var q = SearchQuery.Parse("notes TAG:Open-Source tag:\"Dev Ops\" Category:SaaS maker:@Alice_1 maker:bad;name");

        Assert.Equal(["notes"], q.Words);
        Assert.Equal(["open-source", "dev-ops"], q.Tags);
        Assert.Equal(["saas"], q.Categories);
        Assert.Equal(["ALICE_1", ""], q.Makers);
        Assert.Equal("notes", q.ExactTitle);
    }

    [Fact]
    public void UnknownOperatorsAreWords()
    {
        var q = SearchQuery.Parse("title:notion http://example.com");

        Assert.Equal(["title", "notion", "http", "example", "com"], q.Words);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("- -- ---")]
    [InlineData("\"\" \"")]
    [InlineData("!!! ??? ***")]
    [InlineData("tag: category: maker:")]
    [InlineData("-only -excluded")]
    public void NothingToSearchForIsNotSearchable(string text)
    {
        Assert.False(SearchQuery.Parse(text).IsSearchable);
    }

    [Fact]
    public void OperatorsAloneAreSearchable()
    {
        var q = SearchQuery.Parse("tag:ai");

        Assert.True(q.IsSearchable);
        Assert.False(q.HasTerms);
        Assert.Null(q.PrefixWord);
    }

    [Fact]
    public void TermsAndFiltersAreCapped()
    {
        var q = SearchQuery.Parse(string.Join(' ', Enumerable.Range(0, 40).Select(i => $"w{i} -x{i} tag:t{i}")));

        Assert.Equal(SearchQuery.MaxTerms, q.Words.Count);
        Assert.Equal(SearchQuery.MaxFilters, q.Excluded.Count);
        Assert.Equal(SearchQuery.MaxFilters, q.Tags.Count);
    }

    [Theory]
    [InlineData("' OR 1=1 --", new[] { "or", "1", "1" })]
    [InlineData("x'); SELECT pg_sleep(5); --", new[] { "x", "select", "pg", "sleep", "5" })]
    [InlineData("NEAR(a b) {title}:^c*", new[] { "near", "a", "b", "title", "c" })]
    [InlineData("a & !b <-> c:*", new[] { "a", "b", "c" })]
    public void WordsHoldOnlyLettersAndDigits(string text, string[] words)
    {
        var q = SearchQuery.Parse(text);

        Assert.Equal(words, q.Words);
        Assert.All(q.Words.Concat(q.Phrases.SelectMany(p => p)).Concat(q.Excluded.SelectMany(p => p)), w => Assert.True(w.All(char.IsLetterOrDigit), w));
    }

    [Fact]
    public void PersianQueryIsNormalized()
    {
        var q = SearchQuery.Parse("كتاب‌هاي ۲۰۲۶");

        Assert.Equal(["کتابهای", "2026"], q.Words);
    }
}
