using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Auth;
using Vitrin.Api.Caching;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Products;

namespace Vitrin.Api.Categories;

public static class CategoriesApi
{
    private const string Rules =
        "name: 2–60 characters, unique ignoring case. slug: 2–60 of a–z, 0–9 and '-', unique; derived from the name when absent " +
        "(send one if the name gives no such slug). description: at most 500 characters. icon: at most 40 of a–z, 0–9 and '-' " +
        "(a lucide icon name). color: #rrggbb. A name or slug that is already taken is a 400 validation problem naming the field " +
        "(as a taken username is at registration), not a 409.";

    public static RouteGroupBuilder MapCategoriesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/categories").WithTags("Categories");

        group.MapGet("", ListCategories).WithName("ListCategories")
            .WithSummary("All categories, in their curated order")
            .WithDescription("Not paginated. productCount counts published, visible products; viewerFollows is false for anonymous callers.");
        group.MapGet("/{slug}", GetCategory).WithName("GetCategory")
            .WithSummary("One category by slug")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("", CreateCategory).WithName("CreateCategory").RequireAuthorization(AuthSetup.AdminPolicy)
            .WithSummary("Create a category (admin)")
            .WithDescription($"Answers 201 with the category and its Location. New categories go after the existing ones. {Rules}")
            .InvalidatesPublicCache();
        group.MapPatch("/{slug}", UpdateCategory).WithName("UpdateCategory").RequireAuthorization(AuthSetup.AdminPolicy)
            .WithSummary("Change a category (admin)")
            .WithDescription($"Absent fields stay as they are; description or icon null clears them. Changing the slug changes the category's URL. {Rules}")
            .InvalidatesPublicCache()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{slug}", DeleteCategory).WithName("DeleteCategory").RequireAuthorization(AuthSetup.AdminPolicy)
            .WithSummary("Delete a category (admin)")
            .WithDescription("409 while any product uses it, whatever the product's status: move or delete those products first. Follows of the category go with it.")
            .InvalidatesPublicCache()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{slug}/follow", FollowCategory).WithName("FollowCategory").RequireAuthorization()
            .WithSummary("Follow a category (its launches appear in your feed)")
            .WithDescription("Idempotent: following again changes nothing and also answers 204.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{slug}/follow", UnfollowCategory).WithName("UnfollowCategory").RequireAuthorization()
            .WithSummary("Stop following a category")
            .WithDescription("Idempotent: answers 204 whether or not you followed it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Ok<List<CategoryResponse>>, CachedJson<List<CategoryResponse>>>> ListCategories(
        ClaimsPrincipal user, VitrinDbContext db, PublicCache cache, CancellationToken ct)
    {
        var viewerId = user.FindUserId();
        if (viewerId is not null)
        {
            return TypedResults.Ok(await ListAsync(db, viewerId, ct));
        }

        return await cache.GetOrCreateAsync("categories", [CacheTags.Categories], (fresh, token) => ListAsync(fresh, null, token), ct);
    }

    private static Task<List<CategoryResponse>> ListAsync(VitrinDbContext db, long? viewerId, CancellationToken ct) =>
        db.WithProductCounts().InListOrder().Select(CategoryProjections.Response(db, viewerId)).AsNoTracking().ToListAsync(ct);

    private static async Task<Results<Ok<CategoryResponse>, ProblemHttpResult>> GetCategory(
        string slug, ClaimsPrincipal user, VitrinDbContext db, CancellationToken ct) =>
        await db.WithProductCounts().Where(x => x.Category.Slug == slug)
            .Select(CategoryProjections.Response(db, user.FindUserId())).AsNoTracking().FirstOrDefaultAsync(ct) is { } category
            ? TypedResults.Ok(category)
            : NotFound();

    private static async Task<Results<Created<CategoryResponse>, ValidationProblem>> CreateCategory(
        CreateCategoryRequest request, VitrinDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = request.Name?.Trim();
        var slug = request.Slug;
        var nameOk = CategoryRules.Name(errors, name);
        if (slug is not null)
        {
            CategoryRules.Slug(errors, slug);
        }
        else if (nameOk)
        {
            slug = CategoryRules.DeriveSlug(name!);
            if (slug is null)
            {
                errors.Add("slug", "No slug of 2–60 characters a–z, 0–9 and '-' can be made from this name; send a slug.");
            }
        }

        var description = request.Description?.Trim() ?? "";
        errors.Text("description", description, 0, 500);
        var icon = request.Icon ?? "";
        CategoryRules.Icon(errors, icon);
        var color = request.Color ?? CategoryRules.DefaultColor;
        CategoryRules.Color(errors, color);
        if (!errors.Any)
        {
            await CategoryRules.CheckTakenAsync(db, errors, null, name, slug, ct);
        }

        if (errors.Any)
        {
            return errors.Problem();
        }

        var order = await db.Categories.MaxAsync(c => (int?)c.SortOrder, ct) ?? 0;
        var category = new Category
        {
            Slug = slug!,
            Name = name!,
            Description = description,
            Icon = icon,
            Color = color.ToLowerInvariant(),
            SortOrder = order + 1,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Categories.Add(category);
        if (await TrySaveAsync(db, errors, null, category, ct) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Created($"/api/v1/categories/{category.Slug}", new CategoryResponse(
            category.Id, category.Slug, category.Name, category.Description, category.Icon, category.Color, 0, false));
    }

    private static async Task<Results<Ok<CategoryResponse>, ValidationProblem, ProblemHttpResult>> UpdateCategory(
        string slug, JsonPatchBody<UpdateCategoryRequest> body, ClaimsPrincipal user, VitrinDbContext db, CancellationToken ct)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Slug == slug, ct);
        if (category is null)
        {
            return NotFound();
        }

        var patch = body.Value;
        var errors = new FieldErrors();
        if (body.Has("name") && CategoryRules.Name(errors, patch.Name?.Trim()))
        {
            category.Name = patch.Name!.Trim();
        }

        if (body.Has("slug") && CategoryRules.Slug(errors, patch.Slug))
        {
            category.Slug = patch.Slug!;
        }

        if (body.Has("description") && errors.Text("description", patch.Description?.Trim() ?? "", 0, 500))
        {
            category.Description = patch.Description?.Trim() ?? "";
        }

        if (body.Has("icon") && CategoryRules.Icon(errors, patch.Icon ?? ""))
        {
            category.Icon = patch.Icon ?? "";
        }

        if (body.Has("color") && CategoryRules.Color(errors, patch.Color))
        {
            category.Color = patch.Color!.ToLowerInvariant();
        }

        if (!errors.Any && (body.Has("name") || body.Has("slug")))
        {
            await CategoryRules.CheckTakenAsync(db, errors, category.Id, body.Has("name") ? category.Name : null, body.Has("slug") ? category.Slug : null, ct);
        }

        if (errors.Any)
        {
            return errors.Problem();
        }

        if (await TrySaveAsync(db, errors, category.Id, category, ct) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(await db.WithProductCounts().Where(x => x.Category.Id == category.Id)
            .Select(CategoryProjections.Response(db, user.FindUserId())).AsNoTracking().FirstAsync(ct));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteCategory(string slug, VitrinDbContext db, CancellationToken ct)
    {
        if (await FindIdAsync(db, slug, ct) is not { } id)
        {
            return NotFound();
        }

        try
        {
            // One statement, so the "unused" check and the delete are atomic; the RESTRICT foreign key
            // refuses it if a product arrives meanwhile. Follows are removed by their cascading key.
            if (await db.Categories.Where(c => c.Id == id && !db.Products.Any(p => p.CategoryId == id)).ExecuteDeleteAsync(ct) == 1)
            {
                return TypedResults.NoContent();
            }
        }
        catch (Exception e) when (ConstraintViolations.IsForeignKey(e))
        {
        }

        return await db.Categories.AnyAsync(c => c.Id == id, ct)
            ? TypedResults.Problem(title: "The category is in use.", detail: "Products still belong to this category; move or delete them first.",
                statusCode: StatusCodes.Status409Conflict)
            : NotFound();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> FollowCategory(
        string slug, ClaimsPrincipal user, VitrinDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await FindIdAsync(db, slug, ct) is not { } id)
        {
            return NotFound();
        }

        var userId = user.GetUserId();
        if (await db.CategoryFollows.AnyAsync(f => f.UserId == userId && f.CategoryId == id, ct))
        {
            return TypedResults.NoContent();
        }

        db.CategoryFollows.Add(new CategoryFollow { UserId = userId, CategoryId = id, CreatedAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (ConstraintViolations.IsUnique(e))
        {
            // A concurrent PUT of the same follow got there first: the outcome is the one asked for.
        }
        catch (DbUpdateException e) when (ConstraintViolations.IsForeignKey(e))
        {
            return NotFound();
        }

        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> UnfollowCategory(
        string slug, ClaimsPrincipal user, VitrinDbContext db, CancellationToken ct)
    {
        if (await FindIdAsync(db, slug, ct) is not { } id)
        {
            return NotFound();
        }

        var userId = user.GetUserId();
        await db.CategoryFollows.Where(f => f.UserId == userId && f.CategoryId == id).ExecuteDeleteAsync(ct);
        return TypedResults.NoContent();
    }

    private static Task<long?> FindIdAsync(VitrinDbContext db, string slug, CancellationToken ct) =>
        db.Categories.Where(c => c.Slug == slug).Select(c => (long?)c.Id).FirstOrDefaultAsync(ct);

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "Category not found.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>Saves; a unique index refusing the row (a concurrent create or rename) becomes the same 400 as the pre-check.</summary>
    private static async Task<ValidationProblem?> TrySaveAsync(
        VitrinDbContext db, FieldErrors errors, long? existingId, Category category, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException e) when (ConstraintViolations.IsUnique(e))
        {
            db.ChangeTracker.Clear();
            await CategoryRules.CheckTakenAsync(db, errors, existingId, category.Name, category.Slug, ct);
            return (errors.Any ? errors : errors.Add("name", "A category with this name or slug already exists.")).Problem();
        }
    }
}
