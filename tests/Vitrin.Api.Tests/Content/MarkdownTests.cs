using System.Diagnostics;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Vitrin.Api.Content;

namespace Vitrin.Api.Tests.Content;

public sealed partial class MarkdownTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static readonly HashSet<string> AllowedElements =
    [
        "p", "br", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "hr",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "input",
    ];

    private static readonly HashSet<string> AllowedAttributes = ["href", "rel", "class", "start", "type", "checked", "disabled"];

    // The corpus from security.md; each string is tried on its own and inside Markdown constructs.
    public static TheoryData<string> Attacks =>
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x]( javascript:alert(1) )",
        "[x](java&#x09;script:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](vbscript:msgbox(1))",
        "![x](javascript:alert(1))",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">XSS</text></a></svg>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">x</a>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
        "<form><math><mtext></form><form><mglyph><svg><mtext><style><path id=\"</style><img onerror=alert(1) src>\">",
        "```\n</code></pre><script>alert(1)</script>\n```",
        "`<img src=x onerror=alert(1)>`",
        "[<img src=x onerror=alert(1)>](https://example.com)",
        "[x](https://example.com \"title\" onmouseover=alert(1))",
        "[x](https://example.com\"onmouseover=\"alert(1))",
        "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<details open ontoggle=alert(1)>",
        "\"><script>alert(1)</script>",
    ];

    [Theory]
    [MemberData(nameof(Attacks))]
    public void AttackComesOutInert(string attack)
    {
        foreach (var markdown in new[] { attack, $"> {attack}", $"- {attack}", $"**{attack}**", $"| a |\n|---|\n| {attack} |" })
        {
            AssertInert(Renderer.ToSafeHtml(markdown));
        }
    }

    /// <summary>
    /// Raw HTML comes out as escaped text, so words such as "onerror" or "javascript:" may still be
    /// visible; what must not exist is markup: an unlisted element, an unlisted attribute, a bad URL.
    /// </summary>
    private static void AssertInert(string html)
    {
        foreach (var tag in new[] { "<script", "<img", "<iframe", "<style", "<svg", "<math", "<object", "<embed", "<base", "<meta", "<form", "<noscript", "<details" })
        {
            Assert.DoesNotContain(tag, html, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var element in new HtmlParser().ParseDocument(html).Body!.QuerySelectorAll("*"))
        {
            Assert.Contains(element.LocalName, AllowedElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.Contains(attribute.Name, AllowedAttributes);
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), html);
                var value = new string([.. attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
                Assert.DoesNotMatch(DangerousUrl(), value);
            }

            if (element.GetAttribute("href") is { } href && href.Split('/', '?', '#')[0].Contains(':', StringComparison.Ordinal))
            {
                Assert.Matches(SafeScheme(), href);
            }
        }
    }

    [GeneratedRegex("(javascript|vbscript|data|file):", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousUrl();

    [GeneratedRegex("^(https?|mailto):", RegexOptions.IgnoreCase)]
    private static partial Regex SafeScheme();

    [Fact]
    public void RawHtmlIsShownAsText() =>
        Assert.Equal("<p>&lt;b&gt;bold&lt;/b&gt;</p>", Renderer.ToSafeHtml("<b>bold</b>"));

    [Fact]
    public void LinksCarryNofollowUgcNoopener()
    {
        var html = Renderer.ToSafeHtml("[site](https://example.com) and https://auto.example.com and <mailto:a@example.com>");

        Assert.Equal(3, html.Split("rel=\"nofollow ugc noopener\"").Length - 1);
        Assert.Contains("<a href=\"https://example.com\" rel=\"nofollow ugc noopener\">site</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:a@example.com\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("target=", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](ftp://example.com/file)")]
    [InlineData("[x](file:///etc/passwd)")]
    [InlineData("[x](tel:+3100000000)")]
    public void OtherSchemesLoseTheirLink(string markdown) =>
        Assert.DoesNotContain("href", Renderer.ToSafeHtml(markdown), StringComparison.Ordinal);

    [Fact]
    public void ImagesAreNotRendered() =>
        Assert.DoesNotContain("<img", Renderer.ToSafeHtml("![logo](https://example.com/logo.png)"), StringComparison.Ordinal);

    [Fact]
    public void CommonMarkdownRendersAsExpected()
    {
        var html = Renderer.ToSafeHtml("""
            ## Features

            **bold** *em* ~~gone~~ `code` www.example.com

            1. one
            2. two

            > quoted

            ---

            | a | b |
            |---|--:|
            | 1 | 2 |

            - [x] done
            - [ ] todo

            ```csharp
            var x = 1;
            ```
            """);

        foreach (var expected in new[]
        {
            "<h2>Features</h2>", "<strong>bold</strong>", "<em>em</em>", "<del>gone</del>", "<code>code</code>",
            "<a href=\"https://www.example.com\" rel=\"nofollow ugc noopener\">www.example.com</a>", "<ol>", "<li>one</li>",
            "<blockquote>", "<hr>", "<table>", "<th>a</th>", "<td>2</td>", "<ul class=\"contains-task-list\">",
            "<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\">", "<pre><code class=\"language-csharp\">var x = 1;",
        })
        {
            Assert.Contains(expected, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void OnlyLanguageClassesSurviveOnCode()
    {
        var html = Renderer.ToSafeHtml("```js\" onclick=\"alert(1)\nx\n```\n\n```a b\ny\n```");

        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"language-js\"\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PersianTextIsKept() =>
        Assert.Equal("<p>سلام <strong>دنیا</strong></p>", Renderer.ToSafeHtml("سلام **دنیا**"));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void BlankInputGivesEmptyHtml(string markdown) => Assert.Equal("", Renderer.ToSafeHtml(markdown));

    [Fact]
    public void InputIsCappedAtTenThousandChars()
    {
        var html = Renderer.ToSafeHtml(new string('a', 10_000) + "TAIL");

        Assert.DoesNotContain("TAIL", html, StringComparison.Ordinal);
        Assert.Contains(new string('a', 10_000), html, StringComparison.Ordinal);
    }

    [Fact]
    public void ReasonableNestingStillRenders()
    {
        var list = string.Concat(Enumerable.Range(0, 8).Select(i => new string(' ', i * 2) + "- level\n"));

        Assert.Equal(8, Renderer.ToSafeHtml(list).Split("<ul>").Length - 1);
    }

    public static TheoryData<string, string> Pathological => new()
    {
        { "10 000 [", new string('[', 10_000) },
        { "10 000 >", new string('>', 10_000) },
        { "[ and ] halves", new string('[', 5_000) + new string(']', 5_000) },
        { "[a repeated", string.Concat(Enumerable.Repeat("[a", 5_000)) },
        { "[a]( repeated", string.Concat(Enumerable.Repeat("[a](", 2_500)) },
        { "![ repeated", string.Concat(Enumerable.Repeat("![", 5_000)) },
        { "1000-deep quotes", string.Concat(Enumerable.Range(1, 1_000).Select(i => new string('>', i) + " x\n")) },
        { "1000 nested quote markers", string.Concat(Enumerable.Repeat("> ", 1_000)) + "x" },
        { "1000-deep list", string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', i * 2) + "- x\n")) },
        { "1000 nested list markers", string.Concat(Enumerable.Repeat("- ", 1_000)) + "x" },
        { "1. repeated", string.Concat(Enumerable.Repeat("1. ", 3_333)) },
        { "emphasis", string.Concat(Enumerable.Repeat("*a ", 3_333)) },
        { "strikethrough", string.Concat(Enumerable.Repeat("~~a", 3_333)) },
        { "backticks", string.Concat(Enumerable.Repeat("`a", 5_000)) },
        { "mixed openers", string.Concat(Enumerable.Repeat("*_[`", 2_500)) },
        { "wide table", "a|b\n-|-\n" + string.Concat(Enumerable.Repeat("|a", 4_900)) },
        { "long table", "|a|b|\n|-|-|\n" + string.Concat(Enumerable.Repeat("|x|y|\n", 1_600)) },
        { "autolinks", string.Concat(Enumerable.Repeat("www.a.com ", 1_000)) },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void PathologicalInputRendersFast(string name, string markdown)
    {
        Renderer.ToSafeHtml("warm *up* [x](https://example.com)\n\n- a\n\n> b\n\n|a|\n|-|\n|b|");
        var watch = Stopwatch.StartNew();

        var html = Renderer.ToSafeHtml(markdown);

        watch.Stop();
        Assert.NotEmpty(html);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"{name}: {watch.Elapsed.TotalMilliseconds:F0} ms");
        TestContext.Current.SendDiagnosticMessage($"{name}: {watch.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void RendererIsSafeToShareAcrossThreads()
    {
        var inputs = Enumerable.Range(0, 200).Select(i => $"# Title {i}\n\n[link {i}](https://example.com/{i}) <script>{i}</script>").ToArray();
        var expected = inputs.Select(Renderer.ToSafeHtml).ToArray();

        var actual = inputs.AsParallel().WithDegreeOfParallelism(8).Select(Renderer.ToSafeHtml).ToArray();

        Assert.Equal(expected, actual);
    }
}
