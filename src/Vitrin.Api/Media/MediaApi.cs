using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Caching;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Products;

namespace Vitrin.Api.Media;

/// <summary>{alt?, position?}: absent fields stay as they are; <c>alt: null</c> clears the text.</summary>
public sealed record UpdateMediaRequest(string? Alt, int? Position);

/// <summary>Product logo and gallery, user avatar. Images are processed before the transaction, stored, then referenced.</summary>
public static class MediaApi
{
    public const int MaxPerProduct = 8;
    public const int MaxAltLength = 300;

    private const string UploadRules = "Multipart form with the image in `file`. JPEG, PNG, WebP or GIF (first frame), recognized by content; "
        + "at most 10 MB (413 above) and 40 megapixels (400). Re-encoded to WebP without metadata and stored under a generated name. "
        + "Uploads are rate-limited per user (429 with Retry-After).";

    public static RouteGroupBuilder MapMediaApi(this RouteGroupBuilder api)
    {
        var products = api.MapGroup("/products/{id}").WithTags("Products").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        products.MapPut("/logo", PutLogo).WithName("PutProductLogo").AcceptsImageUpload()
            .WithSummary("Set the product's logo (owner)")
            .WithDescription(UploadRules + " Sets thumbnailUrl (160 px); the logo itself is kept at up to 512 px for link previews. The previous logo's files are deleted.");
        products.MapPost("/media", AddMedia).WithName("AddProductMedia").AcceptsImageUpload()
            .WithSummary("Add an image to the product's gallery (owner)")
            .WithDescription(UploadRules + $" Optional form field `alt` (≤ {MaxAltLength} characters). At most {MaxPerProduct} images per product "
                + "(a ninth is 400). The image is added last; url is at most 1600 px on its long side, thumbnailUrl 400 px.");
        products.MapPatch("/media/{mediaId}", UpdateMedia).WithName("UpdateProductMedia").ProducesValidationProblem()
            .WithSummary("Change an image's alt text or position (owner)")
            .WithDescription("position is 0-based; moving an image shifts the others, so positions stay 0..n-1.");
        products.MapDelete("/media/{mediaId}", DeleteMedia).WithName("DeleteProductMedia")
            .WithSummary("Remove an image from the gallery (owner)")
            .WithDescription("The images after it move up one position; its files are deleted.");
        api.MapPut("/users/me/avatar", AvatarUpload.PutAsync).WithTags("Users").WithName("PutMyAvatar").RequireAuthorization().AcceptsImageUpload()
            .InvalidatesPublicCache()
            .WithSummary("Set the signed-in user's avatar")
            .WithDescription(UploadRules + " Stored as a 256 px square (center-cropped). The previous avatar's file is deleted.");
        return api;
    }

    private static async Task<Results<Ok<ProductResponse>, ProblemHttpResult>> PutLogo(
        long id, IFormFile? file, ClaimsPrincipal user, VitrinDbContext db, ImageProcessor images, MediaFiles files,
        CacheInvalidation invalidation, TimeProvider clock, CancellationToken ct)
    {
        if (await CheckEditableAsync(db, id, user, ct) is { } refused)
        {
            return refused;
        }

        var (image, problem) = await ImageUpload.ProcessAsync(file, ImagePurpose.Logo, images, ct);
        if (image is null)
        {
            return problem!;
        }

        await files.SaveAsync(image, ct);
        string?[] replaced = [];
        var committed = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var product = await LockEditableAsync(db, id, user, clock, ct);
            if (product.Refused is not null)
            {
                return product.Refused;
            }

            replaced = [product.Product!.LogoPath, product.Product.ThumbnailPath];
            product.Product.LogoPath = image.Key;
            product.Product.ThumbnailPath = image.ThumbnailKey;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            committed = true;
        }
        finally
        {
            await files.DeleteQuietlyAsync(committed ? replaced : image.Files().Select(f => (string?)f.Key));
        }

        await invalidation.ProductChangedAsync(id);
        var saved = await db.Products.AsNoTracking().FirstAsync(p => p.Id == id, ct);
        return TypedResults.Ok(await ProductsApi.LoadResponseAsync(db, saved, user.FindUserId(), ct));
    }

    private static async Task<Results<Created<MediaResponse>, ProblemHttpResult>> AddMedia(
        long id, IFormFile? file, [FromForm] string? alt, ClaimsPrincipal user, VitrinDbContext db, ImageProcessor images,
        MediaFiles files, CacheInvalidation invalidation, TimeProvider clock, CancellationToken ct)
    {
        alt = string.IsNullOrWhiteSpace(alt) ? "" : alt.Trim();
        if (!IsValidAlt(alt))
        {
            return Invalid("alt", $"Must be one line of at most {MaxAltLength} characters.");
        }

        if (await CheckEditableAsync(db, id, user, ct) is { } refused)
        {
            return refused;
        }

        // Checked again under the lock below; this spares decoding an image that cannot be added.
        if (await db.ProductMedia.CountAsync(m => m.ProductId == id, ct) >= MaxPerProduct)
        {
            return TooMany();
        }

        var (image, problem) = await ImageUpload.ProcessAsync(file, ImagePurpose.Gallery, images, ct);
        if (image is null)
        {
            return problem!;
        }

        await files.SaveAsync(image, ct);
        var media = new ProductMedia
        {
            ProductId = id,
            Path = image.Key,
            ThumbnailPath = image.ThumbnailKey,
            Width = image.Width,
            Height = image.Height,
            Alt = alt,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var committed = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var product = await LockEditableAsync(db, id, user, clock, ct);
            if (product.Refused is not null)
            {
                return product.Refused;
            }

            media.Position = await db.ProductMedia.CountAsync(m => m.ProductId == id, ct);
            if (media.Position >= MaxPerProduct)
            {
                return TooMany();
            }

            db.ProductMedia.Add(media);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            committed = true;
        }
        finally
        {
            if (!committed)
            {
                await files.DeleteQuietlyAsync(image.Files().Select(f => f.Key));
            }
        }

        await invalidation.ProductChangedAsync(id);
        return TypedResults.Created($"/api/v1/products/{id}/media/{media.Id}", ToResponse(media));
    }

    private static async Task<Results<Ok<MediaResponse>, ValidationProblem, ProblemHttpResult>> UpdateMedia(
        long id, long mediaId, JsonPatchBody<UpdateMediaRequest> body, ClaimsPrincipal user, VitrinDbContext db,
        CacheInvalidation invalidation, TimeProvider clock, CancellationToken ct)
    {
        var request = body.Value;
        var alt = string.IsNullOrWhiteSpace(request.Alt) ? "" : request.Alt.Trim();
        if (body.Has("alt") && !IsValidAlt(alt))
        {
            return new FieldErrors().Add("alt", $"Must be one line of at most {MaxAltLength} characters.").Problem();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var product = await LockEditableAsync(db, id, user, clock, ct);
        if (product.Refused is not null)
        {
            return product.Refused;
        }

        var gallery = await db.ProductMedia.Where(m => m.ProductId == id).OrderBy(m => m.Position).ThenBy(m => m.Id).ToListAsync(ct);
        var media = gallery.FirstOrDefault(m => m.Id == mediaId);
        if (media is null)
        {
            return NoSuchMedia();
        }

        if (request.Position is { } position)
        {
            if (position < 0 || position >= gallery.Count)
            {
                return new FieldErrors().Add("position", $"Must be between 0 and {gallery.Count - 1}.").Problem();
            }

            gallery.Remove(media);
            gallery.Insert(position, media);
        }

        if (body.Has("alt"))
        {
            media.Alt = alt;
        }

        Renumber(gallery);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await invalidation.ProductChangedAsync(id);
        return TypedResults.Ok(ToResponse(media));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteMedia(
        long id, long mediaId, ClaimsPrincipal user, VitrinDbContext db, MediaFiles files,
        CacheInvalidation invalidation, TimeProvider clock, CancellationToken ct)
    {
        ProductMedia? media;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var product = await LockEditableAsync(db, id, user, clock, ct);
            if (product.Refused is not null)
            {
                return product.Refused;
            }

            var gallery = await db.ProductMedia.Where(m => m.ProductId == id).OrderBy(m => m.Position).ThenBy(m => m.Id).ToListAsync(ct);
            media = gallery.FirstOrDefault(m => m.Id == mediaId);
            if (media is null)
            {
                return NoSuchMedia();
            }

            gallery.Remove(media);
            db.ProductMedia.Remove(media);
            Renumber(gallery);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        await files.DeleteQuietlyAsync([media.Path, media.ThumbnailPath]);
        await invalidation.ProductChangedAsync(id);
        return TypedResults.NoContent();
    }

    /// <summary>404 for products the caller cannot see, 403 for those they cannot edit; null when they may.</summary>
    private static async Task<ProblemHttpResult?> CheckEditableAsync(VitrinDbContext db, long id, ClaimsPrincipal user, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        return Refusal(product, user);
    }

    /// <summary>Locks the product row (inside the caller's transaction) and checks the caller may edit it.</summary>
    private static async Task<(Product? Product, ProblemHttpResult? Refused)> LockEditableAsync(
        VitrinDbContext db, long id, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var product = await ProductWrites.LockAsync(db, id, clock.GetUtcNow().UtcDateTime, ct)
            ? await db.Products.FirstOrDefaultAsync(p => p.Id == id, ct)
            : null;
        return (product, Refusal(product, user));
    }

    private static ProblemHttpResult? Refusal(Product? product, ClaimsPrincipal user) =>
        product is null || !ProductsApi.CanSee(user, product) ? ProductsApi.NotFound()
        : !ProductsApi.CanEdit(user, product) ? ProductsApi.Forbidden()
        : null;

    private static bool IsValidAlt(string alt) => alt.Length <= MaxAltLength && !alt.Any(char.IsControl);

    private static void Renumber(List<ProductMedia> gallery)
    {
        for (var i = 0; i < gallery.Count; i++)
        {
            gallery[i].Position = i;
        }
    }

    internal static MediaResponse ToResponse(ProductMedia m) =>
        new(m.Id, MediaUrls.For(m.Path)!, MediaUrls.For(m.ThumbnailPath), m.Width, m.Height, m.Alt, m.Position);

    private static ProblemHttpResult NoSuchMedia() =>
        TypedResults.Problem(title: "No such image in this product's gallery.", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult TooMany() => Invalid("file", $"A product has at most {MaxPerProduct} gallery images.");

    private static ProblemHttpResult Invalid(string field, string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
        });
}
