using System.Net;
using System.Text;

namespace Vitrin.Api.Email;

/// <summary>Builds the plain-text and HTML bodies of one message from the same parts; user text is HTML-encoded.</summary>
public static class EmailTemplates
{
    public static EmailMessage Build(string to, string subject, IEnumerable<string> paragraphs, (string Text, string Url)? action = null,
        IEnumerable<(string Text, string? Url)>? items = null)
    {
        var text = new StringBuilder();
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.5;color:#111\">");
        html.Append("<h1 style=\"font-size:20px\">").Append(WebUtility.HtmlEncode(subject)).Append("</h1>");
        foreach (var paragraph in paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }

        if (items is not null)
        {
            html.Append("<ul>");
            foreach (var (itemText, url) in items)
            {
                text.Append("- ").Append(itemText).Append(url is null ? "" : $"\n  {url}").Append('\n');
                html.Append("<li>").Append(url is null
                    ? WebUtility.HtmlEncode(itemText)
                    : $"<a href=\"{WebUtility.HtmlEncode(url)}\">{WebUtility.HtmlEncode(itemText)}</a>").Append("</li>");
            }

            text.Append('\n');
            html.Append("</ul>");
        }

        if (action is { } a)
        {
            text.Append(a.Text).Append(":\n").Append(a.Url).Append("\n\n");
            html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(a.Url)).Append("\" style=\"font-weight:bold\">")
                .Append(WebUtility.HtmlEncode(a.Text)).Append("</a></p>");
        }

        text.Append("— Vitrin\n");
        html.Append("<p style=\"color:#666\">— Vitrin</p></body></html>");
        return new EmailMessage(to, subject, text.ToString(), html.ToString());
    }
}
