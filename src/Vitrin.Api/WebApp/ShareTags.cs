using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vitrin.Api.Data;
using Vitrin.Api.Email;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Products;
using Vitrin.Api.Users;

namespace Vitrin.Api.WebApp;

/// <summary>
/// The app's pages that name something (a product, a maker, a category, a tag): Open Graph and Twitter card
/// tags, so a shared link shows a rich preview, and a real 404 when that something does not exist or is not
/// public. The app loads either way (a maker may be signed in to see a draft); crawlers and link previews
/// learn nothing of what is not public.
/// </summary>
public static class ShareTags
{
    /// <summary>The profile tabs of web/src/app/routes/profile.tsx ("products" is also the bare <c>/u/{username}</c>).</summary>
    private static readonly string[] ProfileTabs = ["products", "upvotes", "followers", "following", "activity"];

    private sealed record Preview(string Path, string Title, string Description, string? ImagePath, string Type = "website");

    public static async Task<IResult> ProductPageAsync(string slug, IOptions<EmailOptions> options, VitrinDbContext db, IndexPage index, CancellationToken ct)
    {
        // By id or slug, as GET /products/{idOrSlug}; public as there: published or archived, not hidden.
        var product = slug.Length > 200 ? null : await db.Products.ByIdOrSlug(slug).AsNoTracking()
            .Where(p => (p.Status == ProductStatus.Published || p.Status == ProductStatus.Archived) && !p.Hidden)
            .Select(p => new { p.Slug, p.Title, p.Tagline, p.ThumbnailPath, p.LogoPath, Maker = p.Author.DisplayName ?? p.Author.UserName })
            .FirstOrDefaultAsync(ct);
        return Render(index, options, product is null ? null : new Preview(
            $"/p/{Uri.EscapeDataString(product.Slug)}", product.Title,
            $"{product.Tagline} — by {product.Maker}", product.LogoPath ?? product.ThumbnailPath));
    }

    public static async Task<IResult> ProfilePageAsync(
        string username, string? tab, IOptions<EmailOptions> options, VitrinDbContext db, IndexPage index, CancellationToken ct)
    {
        var user = tab is not null && !ProfileTabs.Contains(tab, StringComparer.Ordinal) ? null : await db.Users.AsNoTracking()
            .Visible().Named(username)
            .Select(u => new { u.UserName, u.DisplayName, u.Bio, u.AvatarPath })
            .FirstOrDefaultAsync(ct);
        if (user?.UserName is not { } name)
        {
            return Render(index, options, null);
        }

        var title = user.DisplayName is { Length: > 0 } display ? $"{display} (@{name})" : $"@{name}";
        return Render(index, options, new Preview(
            $"/u/{Uri.EscapeDataString(name)}", title,
            user.Bio is { Length: > 0 } bio ? Excerpt(bio) : $"{title}'s launches, upvotes and activity on Vitrin.",
            user.AvatarPath, "profile"));
    }

    public static async Task<IResult> CategoryPageAsync(string slug, IOptions<EmailOptions> options, VitrinDbContext db, IndexPage index, CancellationToken ct)
    {
        var category = slug.Length > 200 ? null : await db.Categories.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new { c.Slug, c.Name, c.Description })
            .FirstOrDefaultAsync(ct);
        return Render(index, options, category is null ? null : new Preview(
            $"/c/{Uri.EscapeDataString(category.Slug)}", category.Name,
            category.Description is { Length: > 0 } description ? Excerpt(description) : $"{category.Name} products launched on Vitrin.",
            null));
    }

    public static async Task<IResult> TagPageAsync(string tag, IOptions<EmailOptions> options, VitrinDbContext db, IndexPage index, CancellationToken ct)
    {
        // A tag counts its published products; one used only on drafts stays private, as in GET /tags.
        var slug = tag.Length > 200 ? null : await db.Tags.AsNoTracking()
            .Where(t => t.Slug == tag && t.ProductCount > 0).Select(t => t.Slug).FirstOrDefaultAsync(ct);
        return Render(index, options, slug is null ? null : new Preview(
            $"/t/{Uri.EscapeDataString(slug)}", $"#{slug}", $"Products tagged #{slug} on Vitrin.", null));
    }

    /// <summary>The app's page with the preview's tags, or, for nothing to preview, with none and a 404.</summary>
    private static IResult Render(IndexPage index, IOptions<EmailOptions> options, Preview? preview)
    {
        if (preview is null)
        {
            return index.Result(meta: null, StatusCodes.Status404NotFound);
        }

        var origin = options.Value.Origin();
        var url = origin + preview.Path;
        var image = MediaUrls.For(preview.ImagePath) is { } imagePath ? origin + imagePath : null;

        // Encodes markup characters (< > & " '), keeps other text readable.
        var html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        var meta = new StringBuilder();
        meta.Append(CultureInfo.InvariantCulture, $"<title>{html.Encode(preview.Title)} · Vitrin</title>\n");
        void Tag(string attribute, string name, string? content)
        {
            if (content is not null)
            {
                meta.Append(CultureInfo.InvariantCulture, $"    <meta {attribute}=\"{name}\" content=\"{html.Encode(content)}\" />\n");
            }
        }

        Tag("name", "description", preview.Description);
        Tag("property", "og:type", preview.Type);
        Tag("property", "og:site_name", "Vitrin");
        Tag("property", "og:title", preview.Title);
        Tag("property", "og:description", preview.Description);
        Tag("property", "og:url", url);
        Tag("property", "og:image", image);
        Tag("name", "twitter:card", image is null ? "summary" : "summary_large_image");
        Tag("name", "twitter:title", preview.Title);
        Tag("name", "twitter:description", preview.Description);
        Tag("name", "twitter:image", image);
        meta.Append(CultureInfo.InvariantCulture, $"    <link rel=\"canonical\" href=\"{html.Encode(url)}\" />");
        return index.Result(meta.ToString(), StatusCodes.Status200OK);
    }

    /// <summary>The first 200 characters of a text, on one line.</summary>
    private static string Excerpt(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= 200)
        {
            return line;
        }

        var cut = char.IsHighSurrogate(line[198]) ? 198 : 199; // never half of an emoji
        return string.Concat(line.AsSpan(0, cut), "…");
    }
}
