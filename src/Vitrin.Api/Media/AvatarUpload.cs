using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Users;

namespace Vitrin.Api.Media;

/// <summary><c>PUT /users/me/avatar</c> (mapped with the other upload routes in <see cref="MediaApi"/>).</summary>
public static class AvatarUpload
{
    public static async Task<Results<Ok<ProfileResponse>, ProblemHttpResult>> PutAsync(
        IFormFile? file, ClaimsPrincipal principal, VitrinDbContext db, ImageProcessor images, MediaFiles files, CancellationToken ct)
    {
        var (image, problem) = await ImageUpload.ProcessAsync(file, ImagePurpose.Avatar, images, ct);
        if (image is null)
        {
            return problem!;
        }

        await files.SaveAsync(image, ct);
        var userId = principal.GetUserId();
        var mine = db.Users.Where(u => u.Id == userId && u.DeletedAt == null);
        string? replaced = null;
        var committed = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Takes the row lock first, so two concurrent uploads cannot both read the same "previous" avatar.
            if (await mine.ExecuteUpdateAsync(s => s.SetProperty(u => u.AvatarPath, u => u.AvatarPath), ct) == 0)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized);
            }

            replaced = await mine.Select(u => u.AvatarPath).FirstAsync(ct);
            await mine.ExecuteUpdateAsync(s => s.SetProperty(u => u.AvatarPath, image.Key), ct);
            await transaction.CommitAsync(ct);
            committed = true;
        }
        finally
        {
            await files.DeleteQuietlyAsync(committed ? [replaced] : image.Files().Select(f => (string?)f.Key));
        }

        var user = await mine.AsNoTracking().FirstAsync(ct);
        return TypedResults.Ok(await db.LoadProfileAsync(user, userId, ct));
    }
}
