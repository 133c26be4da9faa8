using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Caching;
using Vitrin.Api.Categories;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Products;
using Vitrin.Api.Tags;
using Vitrin.Api.Users;

namespace Vitrin.Api.Search;

public sealed record SearchResponse(
    IReadOnlyList<ProductSummary> Products, IReadOnlyList<UserSummary> Users, IReadOnlyList<CategoryResponse> Categories, IReadOnlyList<TagResponse> Tags);

public static class SearchApi
{
    public const int MaxQueryLength = 200;
    private const int BoxCount = 5;

    private const string QueryRules = """
        `q` is 1–200 characters without control characters (else 400 keyed `q`). Words are matched with English
        stemming, ignoring case and Latin accents; Persian and Arabic spellings are unified (ي/ی, ك/ک, ZWNJ, tatweel and
        diacritics ignored, Persian and Arabic-Indic digits equal ASCII ones). The last word, from 2 characters, also matches as a
        prefix of a title, tagline or tag word (the word being typed). A word of 4+ letters that starts no title, tagline or tag word
        and appears in no product also matches its closest spellings there (trigram similarity ≥ 0.4, at most 3), so "notin" finds "Notion".
        Operators: `"exact phrase"`, `-word` or `-"phrase"` (exclude), `tag:slug`, `category:slug`, `maker:username`
        (several tags must all match; several categories or makers, any). A query with nothing to search for (only
        punctuation, only exclusions) gives an empty result. Searches run a few at a time per server and wait their turn;
        when too many are waiting the answer is 429 with `Retry-After: 1`.
        """;

    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/search").WithTags("Search").RequireRateLimiting(SearchLimits.Policy)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("", SearchAll).WithName("Search")
            .ProducesValidationProblem()
            .WithSummary("Search box: up to 5 products, users, categories and tags")
            .WithDescription($"""
                For the search box, called as the user types. products: the first 5 of /search/products by relevance.
                users: the first 5 of /search/users. categories: those whose name or slug has a word starting with every
                query word, in list order. tags: like /tags, the query's words as a slug prefix, most used first.
                Users, categories and tags read the plain words and phrases of `q` and ignore its operators. {QueryRules}
                """);
        group.MapGet("/products", SearchProducts).WithName("SearchProducts")
            .ProducesValidationProblem()
            .WithSummary("Full-text search over published products: relevance, new or top")
            .WithDescription($"""
                Searches title (strongest), tagline, tags and description of published, visible products. `sort=relevance`
                (default): the title equals the query (ASCII case ignored) first; then every term in the title; then in
                title, tagline or tags; then anywhere (description); ties by upvotes, then newest published, then id.
                `new`: newest published first. `top`: most upvoted first. `category` (slug) and `tag` (slug) filter like
                the operators. Keyset pages with a signed cursor bound to the search: a cursor from another `q`, filter or
                sort is 400. Pages never repeat or skip a product while the data stands still; as in /products?sort=top, a
                product whose votes change (or, for relevance, whose matching field changes) between two page loads may
                move across the cursor. {QueryRules}
                """);
        group.MapGet("/users", SearchUsers).WithName("SearchUsers")
            .ProducesValidationProblem()
            .WithSummary("Users by username or display name")
            .WithDescription("""
                Every word of `q` (1–200 characters) must occur in the username or display name, ignoring case. The exact
                username first, then usernames starting with the first word, then the rest, each by username. Banned and
                erased accounts never appear. Keyset pages with a signed cursor bound to `q`. Counted with the other searches:
                when too many are waiting, 429 with `Retry-After: 1`.
                """);
        return group;
    }

    private const string QDescription = "The query, 1–200 characters: words, \"phrases\", -exclusions, tag:, category:, maker:.";

    private static async Task<Results<Ok<SearchResponse>, CachedJson<SearchResponse>>> SearchAll(
        [Description(QDescription)] string? q, ClaimsPrincipal user, VitrinDbContext db, SearchConnections connections, CursorCodec cursors,
        IConfiguration config, PublicCache cache, CancellationToken ct)
    {
        var query = SearchQuery.Parse(RequireQuery(q));
        var viewerId = user.FindUserId();
        async Task<SearchResponse> LoadAsync(VitrinDbContext db, CancellationToken token)
        {
            // Several statements follow on this context: one connection for all of them (EF would
            // otherwise take one from the pool, and reset it, for each).
            await db.Database.OpenConnectionAsync(token);
            try
            {
                var box = PageRequest.First(BoxCount);
                var products = await ProductSearch.PageAsync(
                    db, connections, query, SearchSort.Relevance, box, viewerId, cursors, q!, FewMatches(config), token);
                var words = query.Words.Concat(query.Phrases.SelectMany(p => p)).ToList();
                var users = await UsersAsync(db, words, box, cursors, token);
                return new SearchResponse(
                    products.Items, users.Items, await CategoriesAsync(db, words, viewerId, token), await TagsAsync(db, words, token));
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        return viewerId is null
            ? await cache.GetOrCreateAsync($"search-box:{q}", SearchTags, LoadAsync, ct)
            : TypedResults.Ok(await LoadAsync(db, ct));
    }

    /// <summary>
    /// Anonymous search answers are cached like lists: dropped when products enter or leave the lists or
    /// categories change; upvote counts in them may lag by the cache's bound (5 s).
    /// </summary>
    private static readonly string[] SearchTags = [CacheTags.ProductLists, CacheTags.Categories];

    private static async Task<Results<Ok<Page<ProductSummary>>, CachedJson<Page<ProductSummary>>>> SearchProducts(
        [Description(QDescription)] string? q,
        [Description("relevance (default), new or top.")] string? sort,
        [Description("Only products in this category (slug); narrows any category: operators in q.")] string? category,
        [Description("Only products with this tag (slug); adds to any tag: operators in q.")] string? tag,
        PageRequest page, ClaimsPrincipal user, VitrinDbContext db, SearchConnections connections, CursorCodec cursors, IConfiguration config,
        PublicCache cache, CancellationToken ct)
    {
        var text = RequireQuery(q);
        var order = QueryValues.Enum<SearchSort>(sort, "sort") ?? SearchSort.Relevance;
        var query = SearchQuery.Parse(text);
        if (QueryValues.Text(category, "category") is { Length: > 0 } categorySlug)
        {
            // The product must be in this category and, when q names categories too, be in one of them.
            if (query.Categories.Count > 0 && !query.Categories.Contains(categorySlug))
            {
                return TypedResults.Ok(new Page<ProductSummary>([], null));
            }

            query = query with { Categories = [categorySlug] };
        }

        if (QueryValues.Text(tag, "tag") is { Length: > 0 } tagSlug)
        {
            query = query with { Tags = [.. query.Tags, Slugs.Tag(tagSlug) is { Length: > 0 } slug ? slug : tagSlug] };
        }

        // The search a cursor is bound to (its fingerprint), and the cache key: length-prefixed, so no two
        // searches share one, and without the newlines, which HybridCache refuses in keys.
        var search = string.Join('\n', text, category, tag);
        var key = $"{text.Length}:{text} {category?.Length}:{category} {tag?.Length}:{tag}";
        var viewerId = user.FindUserId();
        Task<Page<ProductSummary>> LoadAsync(VitrinDbContext db, CancellationToken token) =>
            ProductSearch.PageAsync(db, connections, query, order, page, viewerId, cursors, search, FewMatches(config), token);

        return viewerId is null
            ? await cache.GetOrCreateAsync($"search:{order}:{page.Limit}:{page.Cursor}:{key}", SearchTags, LoadAsync, ct)
            : TypedResults.Ok(await LoadAsync(db, ct));
    }

    private static async Task<Ok<Page<UserSummary>>> SearchUsers(
        [Description("1–200 characters; every word must be in the username or display name.")] string? q, PageRequest page, VitrinDbContext db,
        CursorCodec cursors, CancellationToken ct)
    {
        var words = SearchText.Words(RequireQuery(q));
        return TypedResults.Ok(await UsersAsync(db, words, page, cursors, ct));
    }

    /// <summary>The user search's statements, custom-planned (see <see cref="SearchDialect.CustomPlansAsync"/>).</summary>
    private static async Task<Page<UserSummary>> UsersAsync(
        VitrinDbContext db, List<string> words, PageRequest page, CursorCodec cursors, CancellationToken ct)
    {
        if (words.Count == 0)
        {
            return new Page<UserSummary>([], null);
        }

        await using var plans = await SearchDialect.CustomPlansAsync(db, ct);
        return await UserSearch.PageAsync(db, words, page, cursors, ct);
    }

    /// <summary><c>Search:FewMatches</c>: up to this many matches are sorted directly (see ProductSearch).</summary>
    private static int FewMatches(IConfiguration config) => Math.Max(1, config.GetValue("Search:FewMatches", ProductSearch.DefaultFewMatches));

    private static string RequireQuery(string? q)
    {
        if (string.IsNullOrEmpty(q) || q.Length > MaxQueryLength || q.Any(char.IsControl))
        {
            throw new QueryValidationException("q", $"Required: 1 to {MaxQueryLength} characters without control characters.");
        }

        return q;
    }

    /// <summary>Categories are few: their names are matched in memory, with the same normalization as products.</summary>
    private static async Task<List<CategoryResponse>> CategoriesAsync(VitrinDbContext db, List<string> words, long? viewerId, CancellationToken ct)
    {
        if (words.Count == 0)
        {
            return [];
        }

        var names = await db.Categories.Select(c => new { c.Id, c.Name, c.Slug }).AsNoTracking().ToListAsync(ct);
        var ids = names.Where(c =>
        {
            var found = SearchText.Words(c.Name + " " + c.Slug);
            return words.All(w => found.Any(n => n.StartsWith(w, StringComparison.Ordinal)));
        }).Select(c => c.Id).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        return await db.WithProductCounts().Where(x => ids.Contains(x.Category.Id)).InListOrder().Take(BoxCount)
            .Select(CategoryProjections.Response(db, viewerId)).AsNoTracking().ToListAsync(ct);
    }

    private static async Task<List<TagResponse>> TagsAsync(VitrinDbContext db, List<string> words, CancellationToken ct)
    {
        var prefix = Slugs.Tag(string.Join(' ', words));
        if (prefix.Length == 0)
        {
            return [];
        }

        return await db.Tags.Where(t => t.ProductCount > 0 && t.Slug.StartsWith(prefix))
            .OrderByDescending(t => t.ProductCount).ThenBy(t => t.Slug).Take(BoxCount)
            .Select(t => new TagResponse(t.Slug, t.ProductCount)).AsNoTracking().ToListAsync(ct);
    }
}
