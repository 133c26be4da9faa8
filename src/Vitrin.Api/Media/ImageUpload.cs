using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Vitrin.Api.Media;

/// <summary>The multipart <c>file</c> of an upload request, checked and re-encoded.</summary>
public static class ImageUpload
{
    /// <summary>The request body limit of upload endpoints: the file plus room for the multipart framing and alt text.</summary>
    public const long MaxRequestBytes = ImageProcessor.MaxBytes + 64 * 1024;

    /// <summary>The processed image, or the problem to answer (400 not an acceptable image, 413 too large).</summary>
    public static async Task<(ProcessedImage? Image, ProblemHttpResult? Problem)> ProcessAsync(
        IFormFile? file, ImagePurpose purpose, ImageProcessor images, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return (null, Invalid("Attach an image as the multipart form field 'file'."));
        }

        if (file.Length > ImageProcessor.MaxBytes)
        {
            return (null, TypedResults.Problem(title: "The image is too large.", detail: $"At most {ImageProcessor.MaxBytes} bytes are accepted.",
                statusCode: StatusCodes.Status413PayloadTooLarge));
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, ct);
        }

        var (image, error) = await images.ProcessAsync(content, purpose, ct);
        return image is null ? (null, Invalid(error!)) : (image, null);
    }

    private static ProblemHttpResult Invalid(string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["file"] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
        });

    /// <summary>What every upload route shares: body limit, per-user rate limit and the documented answers.</summary>
    public static RouteHandlerBuilder AcceptsImageUpload(this RouteHandlerBuilder route) => route
        .DisableAntiforgery()
        .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
        .RequireRateLimiting(MediaSetup.UploadPolicy)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
