using Vitrin.Api.Search;

namespace Vitrin.Api.Tests.Search;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Café CRÈME Ñandú", "cafe creme nandu")]
    [InlineData("علي", "علی")] // Arabic yeh → Persian yeh
    [InlineData("على", "علی")] // alef maksura → Persian yeh
    [InlineData("كتاب", "کتاب")] // Arabic kaf → Persian keheh
    [InlineData("می\u200Cخواهم", "میخواهم")] // ZWNJ ignored
    [InlineData("مـــدرسه", "مدرسه")] // tatweel ignored
    [InlineData("کِتابٌ", "کتاب")] // harakat ignored
    [InlineData("۰۱۲۳۴۵۶۷۸۹", "0123456789")] // Persian digits
    [InlineData("٠١٢٣٤٥٦٧٨٩", "0123456789")] // Arabic-Indic digits
    [InlineData("آ أ ؤ ئ", "آ أ ؤ ئ")] // hamza and madda forms are letters of their own
    [InlineData("ΑΘΗΝΑ Привет", "αθηνα привет")]
    public void NormalizesCaseAccentsAndPersianForms(string text, string expected)
    {
        Assert.Equal(expected, SearchText.Normalize(text));
    }

    [Fact]
    public void DecomposedInputNormalizesLikeComposed()
    {
        Assert.Equal(SearchText.Normalize("caf\u00E9"), SearchText.Normalize("cafe\u0301"));
        Assert.Equal(SearchText.Normalize("\u0623"), SearchText.Normalize("\u0627\u0654"));
    }

    [Theory]
    [InlineData("Notion.so — all-in-one!", new[] { "notion", "so", "all", "in", "one" })]
    [InlineData("user_name x2 3D", new[] { "user", "name", "x2", "3d" })]
    [InlineData("ویترین، محصول؟", new[] { "ویترین", "محصول" })]
    [InlineData("🚀 ✨ ©", new string[0])]
    public void WordsAreRunsOfLettersAndDigits(string text, string[] words)
    {
        Assert.Equal(words, SearchText.Words(text));
    }

    [Theory]
    [InlineData("notin", "notion", 4.0 / 9)]
    [InlineData("notion", "notion", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    [InlineData("notion", "motion", 0.4)]
    public void SimilarityIsPgTrgmSimilarity(string a, string b, double expected)
    {
        Assert.Equal(expected, SearchText.Similarity(a, b), 6);
        Assert.Equal(expected, SearchText.Similarity(b, a), 6);
    }

    [Fact]
    public void ExactKeyLowersOnlyAsciiLetters()
    {
        Assert.Equal("notion École ویترین", SearchText.ExactKey("  NOTION ÉCOLE ویترین "));
    }

    [Fact]
    public void TagTextIsSortedSlugs()
    {
        Assert.Equal("ai open-source", SearchText.TagText(["open-source", "ai"]));
    }
}
