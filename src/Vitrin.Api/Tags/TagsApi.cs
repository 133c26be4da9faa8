using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Products;

namespace Vitrin.Api.Tags;

public sealed record TagResponse(string Slug, int ProductCount);

public static class TagsApi
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;

    public static RouteGroupBuilder MapTagsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/tags", ListTags).WithName("ListTags").WithTags("Tags")
            .WithSummary("Tag autocomplete: prefix match, most used first")
            .WithDescription(
                "q (at most 100 characters) is normalized the way tags are (lower-case slug, accents dropped) and matched as a " +
                "prefix; a q that normalizes to fewer than 2 characters counts as absent, and then the most used tags come back. " +
                "Ordered by productCount (published, visible products) descending, then slug. Tags no listed product carries " +
                "are left out, so tags used only on drafts stay private. limit: 1–50, default 10.");
        return api;
    }

    private static async Task<Ok<List<TagResponse>>> ListTags(string? q, string? limit, VitrinDbContext db, CancellationToken ct)
    {
        var prefix = QueryValues.Text(q, "q") is { } text ? Slugs.Tag(text) : "";
        var take = ParseLimit(limit);
        var tags = db.Tags.Where(t => t.ProductCount > 0);
        if (prefix.Length > 0)
        {
            tags = tags.Where(t => t.Slug.StartsWith(prefix));
        }

        return TypedResults.Ok(await tags.OrderByDescending(t => t.ProductCount).ThenBy(t => t.Slug).Take(take)
            .Select(t => new TagResponse(t.Slug, t.ProductCount)).ToListAsync(ct));
    }

    private static int ParseLimit(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return DefaultLimit;
        }

        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= MaxLimit
            ? limit
            : throw new QueryValidationException("limit", $"Must be an integer from 1 to {MaxLimit}.");
    }
}
