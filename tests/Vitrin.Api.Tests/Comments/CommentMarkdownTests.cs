using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Comments;

public sealed partial class CommentMarkdownTests(VitrinApp app)
{
    private static readonly string[] Attacks =
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](vbscript:msgbox(1))",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">XSS</text></a></svg>",
        "<svg onload=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">x</a>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
        "<form><math><mtext></form><form><mglyph><svg><mtext><style><path id=\"</style><img onerror=alert(1) src>\">",
        "```\n</code></pre><script>alert(1)</script>\n```",
        "[<img src=x onerror=alert(1)>](https://example.com)",
        "[x](https://example.com\"onmouseover=\"alert(1))",
        "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
        "\"><script>alert(1)</script>",
    ];

    private static readonly HashSet<string> AllowedElements =
    [
        "p", "br", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "hr",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "input",
    ];

    [Fact]
    public async Task XssCorpusInCommentBodiesComesOutInert()
    {
        var maker = await app.RegisterAsync("xssmaker");
        var attacker = await app.RegisterAsync("xssattacker");
        var product = await maker.CreateAsync();

        foreach (var attack in Attacks)
        {
            var created = await attacker.CommentAsync(product.Id(), $"> {attack}\n\n{attack}");
            AssertInert(attack, created.GetProperty("bodyHtml").GetString()!);
        }

        var page = await app.Anonymous().ThreadsAsync(product.Id(), "?limit=100");
        Assert.Equal(Attacks.Length, page.GetProperty("items").GetArrayLength());
        foreach (var comment in TestComments.Flatten(page))
        {
            AssertInert(comment.GetProperty("body").GetString()!, comment.GetProperty("bodyHtml").GetString()!);
        }
    }

    [Fact]
    public async Task LinksInCommentsAreNofollowUgcNoopener()
    {
        var maker = await app.RegisterAsync("linkmaker");
        var product = await maker.CreateAsync();

        var comment = await maker.CommentAsync(product.Id(), "See [docs](https://example.com/docs)");

        Assert.Equal("<p>See <a href=\"https://example.com/docs\" rel=\"nofollow ugc noopener\">docs</a></p>", comment.GetProperty("bodyHtml").GetString());
    }

    /// <summary>Escaped text (<c>&amp;lt;img</c>) is fine; real markup outside the allow-list, event handlers or script URLs are not.</summary>
    private static void AssertInert(string attack, string html)
    {
        foreach (var tag in new[] { "<script", "<img", "<iframe", "<style", "<svg", "<math", "<object", "<embed", "<form", "<noscript" })
        {
            Assert.False(html.Contains(tag, StringComparison.OrdinalIgnoreCase), $"{attack} → {html}");
        }

        foreach (var element in new HtmlParser().ParseDocument(html).Body!.QuerySelectorAll("*"))
        {
            Assert.True(AllowedElements.Contains(element.LocalName), $"{attack} → {html}");
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{attack} → {html}");
                Assert.DoesNotMatch(DangerousUrl(), new string([.. attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]));
            }

            if (element.GetAttribute("href") is { } href)
            {
                Assert.Matches(SafeScheme(), href);
            }
        }
    }

    [GeneratedRegex("(javascript|vbscript|data|file):", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousUrl();

    [GeneratedRegex("^(https?|mailto):", RegexOptions.IgnoreCase)]
    private static partial Regex SafeScheme();
}
