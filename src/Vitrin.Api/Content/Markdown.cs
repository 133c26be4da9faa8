using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.EmphasisExtras;

namespace Vitrin.Api.Content;

/// <summary>
/// Renders user Markdown (descriptions, comments) to HTML that is safe to insert into a page:
/// Markdig with raw HTML disabled, then an allow-list sanitizer as a second, independent wall.
/// Thread-safe; register as a singleton.
/// </summary>
public sealed partial class MarkdownRenderer
{
    /// <summary>Longer input is cut; callers validate lengths, this only bounds the work.</summary>
    public const int MaxInputLength = 10_000;

    /// <summary>Every link is user-supplied: no SEO credit, no window.opener.</summary>
    public const string LinkRel = "nofollow ugc noopener";

    private const int MaxNestingDepth = 32;

    private static readonly string[] AllowedTags =
    [
        "p", "br", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "hr",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "input",
    ];

    // type/checked/disabled exist only for task-list checkboxes; start for "3. item" lists.
    private static readonly string[] AllowedAttributes = ["href", "class", "start", "type", "checked", "disabled"];

    private readonly MarkdownPipeline pipeline;
    private readonly HtmlSanitizer sanitizer;

    public MarkdownRenderer()
    {
        var builder = new MarkdownPipelineBuilder()
            .DisableHtml()
            .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UsePipeTables()
            .UseTaskLists();
        builder.MaximumNestingDepth = MaxNestingDepth;
        pipeline = builder.Build();

        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags.UnionWith(AllowedTags);
        options.AllowedAttributes.UnionWith(AllowedAttributes);
        options.UriAttributes.Add("href");
        options.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) => Harden(e.Node);
    }

    public string ToSafeHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (markdown.Length > MaxInputLength)
        {
            var cut = char.IsHighSurrogate(markdown[MaxInputLength - 1]) ? MaxInputLength - 1 : MaxInputLength;
            markdown = markdown[..cut];
        }

        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        string html;
        try
        {
            html = IsDeeplyNested(markdown) ? PlainText(markdown) : Markdown.ToHtml(markdown, pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses a syntax tree deeper than MaxNestingDepth; such text is not meaningful Markdown.
            html = PlainText(markdown);
        }

        return sanitizer.Sanitize(html).Trim();
    }

    /// <summary>
    /// Long runs of '[' or '>' are where Markdig's parser turns quadratic (10 000 of them take
    /// ~0.3 s) before the nesting limit rejects them, so they are caught up front.
    /// </summary>
    private static bool IsDeeplyNested(string markdown)
    {
        var run = 0;
        foreach (var c in markdown)
        {
            if (c is '[' or '>')
            {
                if (++run > MaxNestingDepth)
                {
                    return true;
                }
            }
            else if (c is not (' ' or '\t'))
            {
                run = 0;
            }
        }

        return false;
    }

    private static string PlainText(string markdown) => $"<p>{WebUtility.HtmlEncode(markdown.Trim())}</p>";

    private static void Harden(INode node)
    {
        if (node is not IElement element)
        {
            return;
        }

        switch (element.LocalName)
        {
            case "a":
                element.SetAttribute("rel", LinkRel);
                break;
            case "input":
                element.SetAttribute("type", "checkbox");
                element.SetAttribute("disabled", "disabled");
                break;
        }

        if (element.GetAttribute("class") is { } classes)
        {
            var kept = classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(c => IsAllowedClass(element.LocalName, c)).ToArray();
            if (kept.Length == 0)
            {
                element.RemoveAttribute("class");
            }
            else
            {
                element.SetAttribute("class", string.Join(' ', kept));
            }
        }
    }

    private static bool IsAllowedClass(string tag, string name) => (tag, name) switch
    {
        ("code", _) => LanguageClass().IsMatch(name),
        ("ul", "contains-task-list") or ("ol", "contains-task-list") or ("li", "task-list-item") => true,
        _ => false,
    };

    [GeneratedRegex("^language-[A-Za-z0-9_+#-]{1,30}$")]
    private static partial Regex LanguageClass();
}
