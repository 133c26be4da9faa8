using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Products;

namespace Vitrin.Api.Categories;

/// <summary>Field rules for creating and changing categories; each check adds its message and says whether the value passed.</summary>
internal static partial class CategoryRules
{
    public const string DefaultColor = "#6366f1";

    // Categories are a short curated list: comparing in memory applies one case-insensitive rule on
    // both providers (SQLite's lower() folds only ASCII).
    public static async Task CheckTakenAsync(VitrinDbContext db, FieldErrors errors, long? except, string? name, string? slug, CancellationToken ct)
    {
        var others = await db.Categories.Where(c => c.Id != except).Select(c => new { c.Name, c.Slug }).ToListAsync(ct);
        if (name is not null && others.Any(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add("name", "A category with this name already exists.");
        }

        if (slug is not null && others.Any(o => o.Slug == slug))
        {
            errors.Add("slug", "A category with this slug already exists.");
        }
    }

    public static bool Name(FieldErrors errors, string? name) => errors.Text("name", name, 2, 60);

    public static bool Slug(FieldErrors errors, string? slug)
    {
        if (!errors.Text("slug", slug, 2, 60))
        {
            return false;
        }

        if (!SlugPattern().IsMatch(slug!))
        {
            errors.Add("slug", "Use only a–z, 0–9 and '-'.");
            return false;
        }

        return true;
    }

    public static bool Icon(FieldErrors errors, string icon)
    {
        if (!errors.Text("icon", icon, 0, 40))
        {
            return false;
        }

        if (!IconPattern().IsMatch(icon))
        {
            errors.Add("icon", "Use only a–z, 0–9 and '-' (an icon name such as \"sparkles\").");
            return false;
        }

        return true;
    }

    public static bool Color(FieldErrors errors, string? color)
    {
        if (color is null || !ColorPattern().IsMatch(color))
        {
            errors.Add("color", "Must be a hex color: # and 6 hex digits.");
            return false;
        }

        return true;
    }

    /// <summary>The product slug rules applied to the name, cut to a category slug's 60 characters; null when that is no valid slug.</summary>
    public static string? DeriveSlug(string name)
    {
        var slug = Slugs.FromTitle(name);
        slug = slug.Length <= 60 ? slug : slug[..60].TrimEnd('-');
        return SlugPattern().IsMatch(slug) ? slug : null;
    }

    // \z, not $: $ would accept a trailing newline.
    [GeneratedRegex(@"^[a-z0-9-]{2,60}\z")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^[a-z0-9-]*\z")]
    private static partial Regex IconPattern();

    [GeneratedRegex(@"^#[0-9a-fA-F]{6}\z")]
    private static partial Regex ColorPattern();
}
