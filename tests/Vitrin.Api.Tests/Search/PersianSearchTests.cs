using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Search;

/// <summary>Persian product names are found however they are typed: Arabic or Persian letters, with or without ZWNJ, diacritics or Persian digits.</summary>
public sealed class PersianSearchTests(VitrinApp app)
{
    [Theory]
    [InlineData("كتابخانه من", "کتابخانه")] // Arabic kaf indexed, Persian kaf typed
    [InlineData("کتابخانه من", "كتابخانه")] // and the other way round
    [InlineData("دفتر علي", "علی")] // Arabic yeh indexed
    [InlineData("دفتر علی", "علي")] // Arabic yeh typed
    [InlineData("می\u200Cخواهم بخوانم", "میخواهم")] // ZWNJ indexed, typed without
    [InlineData("میخواهم بخوانم", "می\u200Cخواهم")] // typed with ZWNJ
    [InlineData("کِتابِ خوب", "کتاب")] // diacritics indexed
    [InlineData("کتاب خوب", "کِتاب")] // diacritics typed
    [InlineData("نسخه ۲۰۲۶", "2026")] // Persian digits indexed, ASCII typed
    [InlineData("نسخه 2026", "۲۰۲۶")] // Persian digits typed
    [InlineData("نسخه ٢٠٢٦", "۲۰۲۶")] // Arabic-Indic digits indexed
    public async Task PersianSpellingsMatch(string title, string typed)
    {
        var maker = await app.RegisterAsync("persian");
        var id = await maker.ProductAsync(title, tagline: "یک محصول ایرانی");

        var found = await app.SearchIdsAsync($"{typed} maker:{maker.Username}");

        Assert.Equal([id], found);
    }

    [Fact]
    public async Task PersianWordsAreNotMatchedByUnrelatedWords()
    {
        var maker = await app.RegisterAsync("persian");
        await maker.ProductAsync("ویترین محصولات", tagline: "یک محصول ایرانی");

        Assert.Empty(await app.SearchIdsAsync($"کتابخانه maker:{maker.Username}"));
    }

    [Fact]
    public async Task PersianTitleTypedWithArabicLettersComesFirst()
    {
        var maker = await app.RegisterAsync("persian");
        var described = await maker.ProductAsync("Reader", description: "یک کتابخانه برای همه، با توضیحات کافی برای انتشار.");
        var titled = await maker.ProductAsync("کتابخانه");

        Assert.Equal([titled, described], await app.SearchIdsAsync($"كتابخانه maker:{maker.Username}"));
    }
}
