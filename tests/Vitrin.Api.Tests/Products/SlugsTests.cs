using Vitrin.Api.Products;

namespace Vitrin.Api.Tests.Products;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Hello, World!", "hello-world")]
    [InlineData("  Vitrin -- the   Showcase  ", "vitrin-the-showcase")]
    [InlineData("Don't Panic", "dont-panic")]
    [InlineData("C# & .NET 10", "c-net-10")]
    [InlineData("snake_case_title", "snake-case-title")]
    [InlineData("Ｆｕｌｌｗｉｄｔｈ ﬁle", "fullwidth-file")]
    public void LatinTitleGivesLowerCaseHyphenatedSlug(string title, string slug) =>
        Assert.Equal(slug, Slugs.FromTitle(title));

    [Theory]
    [InlineData("Café Crème", "cafe-creme")]
    [InlineData("Señor Ñandú", "senor-nandu")]
    [InlineData("Ærø Straße", "ærø-straße")]
    [InlineData("Việt Nam", "viet-nam")]
    [InlineData("İstanbul Şehir", "istanbul-sehir")]
    public void AccentsAreRemoved(string title, string slug) => Assert.Equal(slug, Slugs.FromTitle(title));

    [Fact]
    public void PersianTitleGivesPersianSlug() => Assert.Equal("ویترین-محصول", Slugs.FromTitle("ویترین محصول"));

    [Fact]
    public void ArabicYehAndKafBecomePersian() => Assert.Equal("کتاب-عربی", Slugs.FromTitle("كتاب عربي"));

    [Fact]
    public void ZeroWidthNonJoinerSeparatesWords() => Assert.Equal("می-خواهم", Slugs.FromTitle("می\u200Cخواهم"));

    [Theory]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("كِتَابٌ", "کتاب")]
    [InlineData("رحمٰن", "رحمن")]
    [InlineData("ویـــترین", "ویترین")]
    public void HarakatAndTatweelAreRemoved(string title, string slug) => Assert.Equal(slug, Slugs.FromTitle(title));

    [Theory]
    [InlineData("آموزش", "آموزش")]
    [InlineData("مسئله", "مسئله")]
    [InlineData("أحمد", "أحمد")]
    public void PersianLettersWithHamzaOrMaddaSurvive(string title, string slug) => Assert.Equal(slug, Slugs.FromTitle(title));

    [Theory]
    [InlineData("نسخه ۲.۰", "نسخه-2-0")]
    [InlineData("الإصدار ٣", "الإصدار-3")]
    public void PersianAndArabicDigitsBecomeAscii(string title, string slug) => Assert.Equal(slug, Slugs.FromTitle(title));

    [Theory]
    [InlineData("Привет Мир", "привет-мир")]
    [InlineData("東京 App", "東京-app")]
    [InlineData("한국어 앱", "한국어-앱")]
    [InlineData("プロダクト", "プロダクト")]
    [InlineData("हिन्दी ऐप", "हिन्दी-ऐप")]
    [InlineData("שלום עולם", "שלום-עולם")]
    public void OtherScriptsAreKept(string title, string slug) => Assert.Equal(slug, Slugs.FromTitle(title));

    [Theory]
    [InlineData("2048", "product-2048")]
    [InlineData("1 2 3", "product-1-2-3")]
    [InlineData("۱۴۰۴", "product-1404")]
    public void AllDigitTitleGetsNonDigitSlug(string title, string slug) => Assert.Equal(slug, Slugs.FromTitle(title));

    [Theory]
    [InlineData("")]
    [InlineData("!!!")]
    [InlineData("🚀🔥")]
    [InlineData("\u200C\u200C")]
    public void TitleWithoutLettersGetsFallbackSlug(string title) => Assert.Equal("product", Slugs.FromTitle(title));

    [Fact]
    public void LongTitleIsCutAtAWordBoundary()
    {
        var slug = Slugs.FromTitle(string.Join(' ', Enumerable.Repeat("launch", 30)));

        Assert.True(slug.Length <= Slugs.MaxLength, slug);
        Assert.EndsWith("-launch", slug, StringComparison.Ordinal);
    }

    [Fact]
    public void LongWordIsCutAtTheLimit() => Assert.Equal(new string('a', 80), Slugs.FromTitle(new string('A', 200)));

    [Fact]
    public void LongDigitTitleStillStartsWithAWord()
    {
        var slug = Slugs.FromTitle(new string('7', 150));

        Assert.StartsWith("product-", slug, StringComparison.Ordinal);
        Assert.Equal(Slugs.MaxLength, slug.Length);
    }

    [Theory]
    [InlineData("Hello")]
    [InlineData("ویترین محصول")]
    [InlineData("2048")]
    [InlineData("a ☕ b \u0301 c")]
    public void SlugIsStableAndHasNoEdgeHyphens(string title)
    {
        var slug = Slugs.FromTitle(title);

        Assert.Equal(slug, Slugs.FromTitle(slug));
        Assert.False(slug.StartsWith('-') || slug.EndsWith('-') || slug.Contains("--", StringComparison.Ordinal), slug);
        Assert.Contains(slug, c => !char.IsAsciiDigit(c));
    }

    [Fact]
    public void SuffixNumbersADuplicate() => Assert.Equal("vitrin-2", Slugs.WithSuffix("vitrin", 2));

    [Fact]
    public void SuffixKeepsTheSlugWithinItsLimit()
    {
        var slug = Slugs.WithSuffix(Slugs.FromTitle(new string('x', 200)), 12);

        Assert.Equal(new string('x', 80) + "-12", slug);
    }

    [Fact]
    public void SuffixStartsAtTwo() => Assert.Throws<ArgumentOutOfRangeException>(() => Slugs.WithSuffix("vitrin", 1));

    [Theory]
    [InlineData("Machine Learning", "machine-learning")]
    [InlineData("  AI ", "ai")]
    [InlineData("UI/UX", "ui-ux")]
    [InlineData("هوش مصنوعی", "هوش-مصنوعی")]
    [InlineData("Self-Hosted", "self-hosted")]
    public void TagIsNormalizedToALowerCaseSlug(string raw, string tag) => Assert.Equal(tag, Slugs.Tag(raw));

    [Theory]
    [InlineData("")]
    [InlineData("#")]
    [InlineData("x")]
    [InlineData("  --  ")]
    public void UnusableTagGivesEmptyString(string raw) => Assert.Equal("", Slugs.Tag(raw));

    [Fact]
    public void TagIsCutToThirtyChars()
    {
        var tag = Slugs.Tag("developer experience and platform engineering");

        Assert.Equal("developer-experience-and", tag);
        Assert.Equal("a".PadRight(Slugs.MaxTagLength, 'a'), Slugs.Tag(new string('a', 50)));
    }

    [Fact]
    public void DigitOnlyTagIsAllowed() => Assert.Equal("2024", Slugs.Tag("2024"));
}
