using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Vitrin.Api.Infrastructure;

namespace Vitrin.Api.Storage;

public static class StorageSetup
{
    public static void AddVitrinStorage(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<StorageOptions>(builder.Configuration.GetSection("Storage"));
        builder.Services.AddSingleton<IFileStorage>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.Provider switch
            {
                StorageProvider.S3 => new S3FileStorage(options.S3),
                _ => new LocalFileStorage(options.LocalPath is { Length: > 0 } path ? path : sp.GetRequiredService<DataDirectory>().Folder("media")),
            };
        });
    }

    /// <summary>
    /// <c>GET /media/{key}</c>: a stored file with a year-long immutable cache lifetime (keys are never
    /// reused), or, when the bucket has a public address, a redirect there.
    /// </summary>
    public static void MapMediaFiles(this WebApplication app) =>
        app.MapMethods("/media/{**key}", [HttpMethods.Get, HttpMethods.Head], ServeAsync).ExcludeFromDescription();

    private static async Task<IResult> ServeAsync(string key, IFileStorage storage, HttpContext http, CancellationToken ct)
    {
        if (!StorageKeys.IsValid(key))
        {
            return NotFound();
        }

        if (storage.PublicUrl(key) is { } url)
        {
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return TypedResults.Redirect(url.AbsoluteUri);
        }

        var file = await storage.OpenAsync(key, ct);
        if (file is null)
        {
            return NotFound();
        }

        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        http.Response.ContentLength = file.Length;
        return TypedResults.Stream(file.Content, file.ContentType, lastModified: file.LastModified, entityTag: new EntityTagHeaderValue($"\"{key}\""));
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound() => TypedResults.Problem(title: "No such file.", statusCode: StatusCodes.Status404NotFound);
}
