using System.Globalization;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vitrin.Api.Data;
using Vitrin.Api.Email;
using Vitrin.Api.Products;

namespace Vitrin.Api.WebApp;

/// <summary>
/// robots.txt, and sitemap.xml: the home page, leaderboard, categories and every published product
/// (newest first). Absolute links start with the configured public address (<c>Email:AppUrl</c>), never
/// the request's Host header, which a client chooses (a forged one would end up in cached answers).
/// </summary>
public static class Sitemap
{
    private const int MaxUrls = 50_000; // the sitemap protocol's limit per file

    public static async Task GetAsync(HttpContext http, VitrinDbContext db, IOptions<EmailOptions> options, CancellationToken ct)
    {
        var origin = options.Value.Origin();
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Slug).Select(c => c.Slug).ToListAsync(ct);
        var products = await db.Products.AsNoTracking()
            .Where(p => p.Status == ProductStatus.Published && !p.Hidden)
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Take(MaxUrls - categories.Count - 2)
            .Select(p => new { p.Slug, p.UpdatedAt })
            .ToListAsync(ct);

        // Written to memory first: Kestrel refuses synchronous writes to the response body.
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) }))
        {
            Write(xml, origin, categories, products.Select(p => (p.Slug, p.UpdatedAt)));
        }

        http.Response.ContentType = "application/xml; charset=utf-8";
        http.Response.Headers.CacheControl = "public, max-age=600";
        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, ct);
    }

    /// <summary>robots.txt: everything may be crawled except the API; names the sitemap (an absolute URL, hence served, not a file).</summary>
    public static IResult Robots(IOptions<EmailOptions> options) =>
        TypedResults.Text($"User-agent: *\nDisallow: /api/\nSitemap: {options.Value.Origin()}/sitemap.xml\n", "text/plain; charset=utf-8");

    private static void Write(XmlWriter xml, string origin, List<string> categories, IEnumerable<(string Slug, DateTime UpdatedAt)> products)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
        Url(xml, $"{origin}/", null);
        Url(xml, $"{origin}/leaderboard", null);
        foreach (var slug in categories)
        {
            Url(xml, $"{origin}/c/{Uri.EscapeDataString(slug)}", null);
        }

        foreach (var product in products)
        {
            Url(xml, $"{origin}/p/{Uri.EscapeDataString(product.Slug)}", product.UpdatedAt);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Url(XmlWriter xml, string loc, DateTime? lastModified)
    {
        xml.WriteStartElement("url");
        xml.WriteElementString("loc", loc);
        if (lastModified is { } at)
        {
            xml.WriteElementString("lastmod", DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }
}
