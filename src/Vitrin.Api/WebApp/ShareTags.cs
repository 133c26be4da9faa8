using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vitrin.Api.Data;
using Vitrin.Api.Email;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Products;

namespace Vitrin.Api.WebApp;

/// <summary>Open Graph and Twitter card tags for a product page, so shared links show a rich preview.</summary>
public static class ShareTags
{
    public static async Task<IResult> ProductPageAsync(string slug, IOptions<EmailOptions> options, VitrinDbContext db, IndexPage index, CancellationToken ct)
    {
        var product = slug.Length > 200 ? null : await db.Products.AsNoTracking()
            .Where(p => p.Slug == slug && p.Status == ProductStatus.Published && !p.Hidden)
            .Select(p => new { p.Slug, p.Title, p.Tagline, p.ThumbnailPath, p.LogoPath, Maker = p.Author.DisplayName ?? p.Author.UserName, p.PublishedAt })
            .FirstOrDefaultAsync(ct);
        if (product is null)
        {
            // Drafts, hidden and unknown products: the app still loads (a maker may be signed in to see a
            // draft) but link previews and crawlers get a 404 and nothing about the product.
            return index.Result(meta: null, StatusCodes.Status404NotFound);
        }

        var origin = options.Value.Origin();
        var url = $"{origin}/p/{Uri.EscapeDataString(product.Slug)}";
        var imagePath = MediaUrls.For(product.LogoPath ?? product.ThumbnailPath);
        var image = imagePath is null ? null : origin + imagePath;
        var title = $"{product.Title} · Vitrin";
        var description = $"{product.Tagline} — by {product.Maker}";

        // Encodes markup characters (< > & " '), keeps other text readable.
        var html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        var meta = new StringBuilder();
        meta.Append(CultureInfo.InvariantCulture, $"<title>{html.Encode(title)}</title>\n");
        void Tag(string attribute, string name, string? content)
        {
            if (content is not null)
            {
                meta.Append(CultureInfo.InvariantCulture, $"    <meta {attribute}=\"{name}\" content=\"{html.Encode(content)}\" />\n");
            }
        }

        Tag("name", "description", description);
        Tag("property", "og:type", "website");
        Tag("property", "og:site_name", "Vitrin");
        Tag("property", "og:title", product.Title);
        Tag("property", "og:description", description);
        Tag("property", "og:url", url);
        Tag("property", "og:image", image);
        Tag("name", "twitter:card", image is null ? "summary" : "summary_large_image");
        Tag("name", "twitter:title", product.Title);
        Tag("name", "twitter:description", description);
        Tag("name", "twitter:image", image);
        meta.Append(CultureInfo.InvariantCulture, $"    <link rel=\"canonical\" href=\"{html.Encode(url)}\" />");
        return index.Result(meta.ToString(), StatusCodes.Status200OK);
    }
}
