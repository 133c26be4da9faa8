using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Caching;
using Vitrin.Api.Content;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Media;
using Vitrin.Api.Moderation;
using Vitrin.Api.Notifications;
using Vitrin.Api.Users;

namespace Vitrin.Api.Products;

public static class ProductsApi
{
    public static RouteGroupBuilder MapProductsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/products").WithTags("Products");
        group.MapGet("/", List).WithName("ListProducts").WithSummary("Published products: trending, new or top")
            .WithDescription("""
                `sort=trending` (default) orders by a stored hot score (log10 votes + publish time / 45000 s) that changes only
                when votes change; `new` by publish time; `top` by upvotes, within `period` (day, week, month, year, all; default all).
                Filters: `category` (slug), `tag` (slug), `maker` (username), `featured=true`. Keyset pages: for `new`, pages
                never repeat or skip a product while others are published. For `trending` and `top`, a product whose votes
                change between two page loads can move across the cursor, so it may appear twice or not at all in that walk.
                """);
        group.MapGet("/{idOrSlug}", Get).WithName("GetProduct").WithSummary("A product by id or slug")
            .WithDescription("Drafts and scheduled products are visible only to their maker (and moderators); others get 404.");
        group.MapPost("/", Create).WithName("CreateProduct").RequireAuthorization()
            .WithSummary("Create a product (draft by default, or published, or scheduled with launchAt)");
        group.MapPatch("/{id}", Update).WithName("UpdateProduct").RequireAuthorization()
            .WithSummary("Edit a product or move its status")
            .WithDescription("Status moves: draft→published|scheduled, scheduled→draft|published, published→archived, archived→published. The slug is stable once published.");
        group.MapDelete("/{id}", Delete).WithName("DeleteProduct").RequireAuthorization().WithSummary("Delete a product");
        group.MapPost("/{id:long}/views", ProductViews.RecordAsync).WithName("RecordProductView")
            .WithSummary("Count a view (once per viewer per 24 h)");
        api.MapGet("/leaderboard", Leaderboard.GetAsync).WithTags("Products").WithName("GetLeaderboard")
            .WithSummary("Products published in a day, week or month, by upvotes");
        return group;
    }

    private static async Task<Results<Ok<Page<ProductSummary>>, CachedJson<Page<ProductSummary>>>> List(
        string? sort, string? period, string? category, string? tag, string? maker, bool? featured, PageRequest page,
        ClaimsPrincipal user, VitrinDbContext db, CursorCodec cursors, PublicCache cache, TimeProvider clock, CancellationToken ct)
    {
        var order = sort switch
        {
            null or "" or "trending" => ProductSort.Trending,
            "new" => ProductSort.New,
            "top" => ProductSort.Top,
            _ => throw new QueryValidationException("sort", "Must be one of: trending, new, top."),
        };

        var within = QueryValues.Enum<ProductPeriod>(period, "period") ?? ProductPeriod.All;
        var filter = new ProductListFilter(
            ProductLists.PeriodStart(within, clock.GetUtcNow().UtcDateTime),
            QueryValues.Text(category, "category"),
            QueryValues.Text(tag, "tag"),
            QueryValues.Text(maker, "maker")?.ToUpperInvariant(),
            featured == true ? true : null);

        var viewerId = user.FindUserId();
        if (viewerId is not null)
        {
            return TypedResults.Ok(await db.ListPageAsync(order, filter, page, viewerId, cursors, ct));
        }

        if (!cache.Enabled)
        {
            // Anonymous: the replica may answer (read-your-own-writes only matters to a signed-in writer).
            return TypedResults.Ok(await cache.ReadAsync(db, (rdb, token) => rdb.ListPageAsync(order, filter, page, null, cursors, token), ct));
        }

        var key = $"products:{order}:{within}:{filter.Category}:{filter.Tag}:{filter.NormalizedMaker}:{featured == true}:{page.Limit}:{page.Cursor}";
        return await cache.GetOrCreatePageAsync(
            key, async (db, token) => ProductPageSelection.Of(await db.ListPageAsync(order, filter, page, null, cursors, token)),
            s => s.Ids, (db, s, token) => db.LoadPageAsync(s, null, token), ct);
    }

    private static async Task<Results<Ok<ProductResponse>, CachedJson<ProductResponse>, ProblemHttpResult>> Get(
        string idOrSlug, ClaimsPrincipal user, VitrinDbContext db, PublicCache cache, CancellationToken ct)
    {
        if (user.FindUserId() is null)
        {
            return await GetPublicAsync(idOrSlug, cache, ct);
        }

        var product = await db.Products.ByIdOrSlug(idOrSlug).AsNoTracking().FirstOrDefaultAsync(ct);
        if (product is null || !CanSee(user, product))
        {
            return NotFound();
        }

        return TypedResults.Ok(await LoadResponseAsync(db, product, user.FindUserId(), ct));
    }

    /// <summary>
    /// The product page for anonymous readers, cached: by id, tagged with the product; a slug is first
    /// resolved to an id (cached too: slugs are stable once public).
    /// </summary>
    private static async Task<Results<Ok<ProductResponse>, CachedJson<ProductResponse>, ProblemHttpResult>> GetPublicAsync(
        string idOrSlug, PublicCache cache, CancellationToken ct)
    {
        if (!long.TryParse(idOrSlug, out var id))
        {
            var found = await cache.GetOrCreateAsync<long?>($"product-slug:{idOrSlug}", [CacheTags.ProductLists],
                (db, token) => db.Products.Where(p => p.Slug == idOrSlug).Select(p => (long?)p.Id).FirstOrDefaultAsync(token), ct);
            if (found.Json == "null")
            {
                return NotFound();
            }

            id = long.Parse(found.Json, System.Globalization.CultureInfo.InvariantCulture);
        }

        var anonymous = new ClaimsPrincipal();
        var page = await cache.GetOrCreateAsync<ProductResponse?>($"product:{id}", [CacheTags.Product(id), CacheTags.Categories], async (db, token) =>
        {
            var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, token);
            return product is null || !CanSee(anonymous, product) ? null : await LoadResponseAsync(db, product, null, token);
        }, ct);
        return page.Json == "null" ? NotFound() : page.As<ProductResponse>();
    }

    private static async Task<Results<Created<ProductResponse>, ValidationProblem, ProblemHttpResult>> Create(
        CreateProductRequest request, ClaimsPrincipal user, VitrinDbContext db, MarkdownRenderer markdown, Notifier notifier,
        PostingLimits limits, HttpContext http, CacheInvalidation invalidation, Hangfire.IBackgroundJobClient jobs, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new FieldErrors();
        ProductRules.Title(errors, request.Title, required: true);
        ProductRules.Tagline(errors, request.Tagline, required: true);
        ProductRules.Description(errors, request.Description);
        if (errors.Text("websiteUrl", request.WebsiteUrl, 1, 2048))
        {
            errors.Url("websiteUrl", request.WebsiteUrl);
        }

        if (errors.Text("demoUrl", request.DemoUrl, 1, 2048, required: false))
        {
            errors.Url("demoUrl", request.DemoUrl);
        }

        var tags = ProductRules.Tags(errors, request.Tags);
        var status = request.Status ?? ProductStatus.Draft;
        if (status == ProductStatus.Archived)
        {
            errors.Add("status", "A new product is a draft, published or scheduled.");
        }

        var launchAt = request.LaunchAt?.ToUniversalTime();
        ProductRules.Target(errors, status, request.Description ?? "", launchAt, launchAt is not null, now);
        var category = errors.Text("category", request.Category, 1, 60)
            ? await db.Categories.FirstOrDefaultAsync(c => c.Slug == request.Category, ct)
            : null;
        if (category is null && request.Category is { Length: > 0 and <= 60 })
        {
            errors.Add("category", "No such category.");
        }

        if (errors.Any)
        {
            return errors.Problem();
        }

        // Two products racing for one slug: the unique index refuses the second, which retries with the next suffix.
        Product product;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (inserted, wait) = await InsertAsync();
                if (inserted is null)
                {
                    return Problems.TooManyRequests(http, wait ?? TimeSpan.FromSeconds(1), "You are posting too fast; try again later.");
                }

                product = inserted;
                break;
            }
            catch (DbUpdateException e) when (ConstraintViolations.IsUnique(e) && attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }

        async Task<(Product? Product, TimeSpan? Wait)> InsertAsync()
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await limits.CheckProductAsync(user.GetUserId(), ct) is { } wait)
            {
                return (null, wait);
            }

            var created = new Product
            {
                Title = request.Title!.Trim(),
                Tagline = request.Tagline!.Trim(),
                Slug = await ProductWrites.UniqueSlugAsync(db, request.Title, null, ct),
                Description = request.Description ?? "",
                DescriptionHtml = markdown.ToSafeHtml(request.Description ?? ""),
                WebsiteUrl = request.WebsiteUrl,
                DemoUrl = request.DemoUrl,
                CategoryId = category!.Id,
                AuthorId = user.GetUserId(),
                LaunchAt = status == ProductStatus.Scheduled ? launchAt : null,
                CreatedAt = now,
                UpdatedAt = now,
            };
            var launched = ProductWrites.ApplyStatus(created, status, now);
            db.Products.Add(created);
            await ProductWrites.SetTagsAsync(db, created, tags, now, ct);
            await db.SaveChangesAsync(ct);
            await ProductWrites.AdjustTagCountsAsync(db, (false, []), ProductWrites.Contribution(created), ct);
            if (launched)
            {
                await ProductWrites.AnnounceLaunchAsync(notifier, created, ct);
                await db.SaveChangesAsync(ct);
            }

            await transaction.CommitAsync(ct);
            return (created, null);
        }

        LaunchAnnouncements.EnqueueIfDue(jobs, product);
        await invalidation.ProductChangedAsync(product.Id, listsChanged: true);
        return TypedResults.Created($"/api/v1/products/{product.Id}", await LoadResponseAsync(db, product, product.AuthorId, ct));
    }

    private static async Task<Results<Ok<ProductResponse>, ValidationProblem, ProblemHttpResult>> Update(
        long id, JsonPatchBody<UpdateProductRequest> body, ClaimsPrincipal user, VitrinDbContext db, MarkdownRenderer markdown,
        Notifier notifier, CacheInvalidation invalidation, Hangfire.IBackgroundJobClient jobs, TimeProvider clock, CancellationToken ct)
    {
        var request = body.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var product = await ProductWrites.LockAsync(db, id, now, ct) ? await ProductWrites.LoadAsync(db, id, ct) : null;
        if (product is null || !CanSee(user, product))
        {
            return NotFound();
        }

        if (!CanEdit(user, product))
        {
            return Forbidden();
        }

        var errors = new FieldErrors();
        ProductRules.Title(errors, request.Title, required: body.Has("title"));
        ProductRules.Tagline(errors, request.Tagline, required: body.Has("tagline"));
        ProductRules.Description(errors, request.Description);
        if (body.Has("websiteUrl") && errors.Text("websiteUrl", request.WebsiteUrl, 1, 2048))
        {
            errors.Url("websiteUrl", request.WebsiteUrl);
        }

        if (errors.Text("demoUrl", request.DemoUrl, 1, 2048, required: false))
        {
            errors.Url("demoUrl", request.DemoUrl);
        }

        var tags = body.Has("tags") ? ProductRules.Tags(errors, request.Tags ?? []) : null;
        var status = request.Status ?? product.Status;
        if (!ProductRules.CanMove(product.Status, status))
        {
            errors.Add("status", $"Cannot move a {QueryValues.SnakeName(product.Status)} product to {QueryValues.SnakeName(status)}.");
        }

        var launchAt = body.Has("launchAt") ? request.LaunchAt?.ToUniversalTime() : product.LaunchAt;
        var description = body.Has("description") ? request.Description ?? "" : product.Description;
        ProductRules.Target(errors, status, description, launchAt, body.Has("launchAt"), now);
        var categoryId = product.CategoryId;
        if (body.Has("category"))
        {
            var category = errors.Text("category", request.Category, 1, 60)
                ? await db.Categories.FirstOrDefaultAsync(c => c.Slug == request.Category, ct)
                : null;
            if (category is not null)
            {
                categoryId = category.Id;
            }
            else if (request.Category is { Length: > 0 and <= 60 })
            {
                errors.Add("category", "No such category.");
            }
        }

        if (errors.Any)
        {
            return errors.Problem();
        }

        var before = ProductWrites.Contribution(product);
        if (body.Has("title"))
        {
            product.Title = request.Title!.Trim();
            if (product.PublishedAt is null)
            {
                // Slugs are stable once a product has been public.
                product.Slug = await ProductWrites.UniqueSlugAsync(db, product.Title, product.Id, ct);
            }
        }

        if (body.Has("tagline"))
        {
            product.Tagline = request.Tagline!.Trim();
        }

        var previousDescription = product.Description;
        if (body.Has("description"))
        {
            product.Description = description;
            product.DescriptionHtml = markdown.ToSafeHtml(description);
        }

        if (body.Has("websiteUrl"))
        {
            product.WebsiteUrl = request.WebsiteUrl;
        }

        if (body.Has("demoUrl"))
        {
            product.DemoUrl = request.DemoUrl;
        }

        if (tags is not null)
        {
            await ProductWrites.SetTagsAsync(db, product, tags, now, ct);
        }

        product.CategoryId = categoryId;
        product.LaunchAt = launchAt;
        var launched = ProductWrites.ApplyStatus(product, status, now);
        await db.SaveChangesAsync(ct);
        await ProductWrites.AdjustTagCountsAsync(db, before, ProductWrites.Contribution(product), ct);
        if (launched)
        {
            await ProductWrites.AnnounceLaunchAsync(notifier, product, ct);
        }
        else if (body.Has("description") && product.Status == ProductStatus.Published)
        {
            // Only people newly mentioned by this edit hear about it.
            var known = Notifier.MentionedUsernames(previousDescription);
            var added = string.Join(' ', Notifier.MentionedUsernames(description).Except(known).Select(n => "@" + n));
            await notifier.MentionsAsync(added, product.AuthorId, product.Id, null, [product.AuthorId], ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        LaunchAnnouncements.EnqueueIfDue(jobs, product);
        await invalidation.ProductChangedAsync(product.Id, listsChanged: true);
        return TypedResults.Ok(await LoadResponseAsync(db, product, user.FindUserId(), ct));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        long id, ClaimsPrincipal user, VitrinDbContext db, CacheInvalidation invalidation, MediaFiles files, TimeProvider clock, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var product = await ProductWrites.LockAsync(db, id, clock.GetUtcNow().UtcDateTime, ct) ? await ProductWrites.LoadAsync(db, id, ct) : null;
        if (product is null || !CanSee(user, product))
        {
            return NotFound();
        }

        if (!CanEdit(user, product))
        {
            return Forbidden();
        }

        await ProductWrites.AdjustTagCountsAsync(db, ProductWrites.Contribution(product), (false, []), ct);
        var gallery = await db.ProductMedia.Where(m => m.ProductId == id).Select(m => new { m.Path, m.ThumbnailPath }).ToListAsync(ct);
        db.Products.Remove(product);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await files.DeleteQuietlyAsync([product.LogoPath, product.ThumbnailPath, .. gallery.SelectMany(m => new[] { m.Path, m.ThumbnailPath })]);
        await invalidation.ProductChangedAsync(product.Id, listsChanged: true);
        return TypedResults.NoContent();
    }

    internal static bool IsModerator(ClaimsPrincipal user) => user.IsInRole(Roles.Moderator) || user.IsInRole(Roles.Admin);

    internal static bool CanEdit(ClaimsPrincipal user, Product product) => product.AuthorId == user.FindUserId() || IsModerator(user);

    /// <summary>The product a route's <c>{idOrSlug}</c> names: by id when it is a number, else by slug.</summary>
    internal static IQueryable<Product> ByIdOrSlug(this IQueryable<Product> products, string idOrSlug) =>
        long.TryParse(idOrSlug, out var id) ? products.Where(p => p.Id == id) : products.Where(p => p.Slug == idOrSlug);

    /// <summary>Published and archived products are public unless hidden; the rest only to those who may edit them.</summary>
    internal static bool CanSee(ClaimsPrincipal user, Product product) =>
        (product.Status is ProductStatus.Published or ProductStatus.Archived && !product.Hidden) || CanEdit(user, product);

    internal static async Task<ProductResponse> LoadResponseAsync(VitrinDbContext db, Product product, long? viewerId, CancellationToken ct)
    {
        var summary = (await db.LoadSummariesAsync([product.Id], viewerId, ct))[product.Id];
        var gallery = await db.ProductMedia.Where(m => m.ProductId == product.Id).OrderBy(m => m.Position)
            .AsNoTracking().ToListAsync(ct);
        return new ProductResponse(summary, product, [.. gallery.Select(MediaApi.ToResponse)])
        {
            Awards = await LeaderboardAwards.ForProductAsync(db, product.Id, ct),
        };
    }

    internal static ProblemHttpResult NotFound() => TypedResults.Problem(title: "No such product.", statusCode: StatusCodes.Status404NotFound);

    internal static ProblemHttpResult Forbidden() => TypedResults.Problem(title: "Only the maker can change this product.", statusCode: StatusCodes.Status403Forbidden);
}
