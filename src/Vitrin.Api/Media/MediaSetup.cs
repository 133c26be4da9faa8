using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Vitrin.Api.Auth;
using Vitrin.Api.Infrastructure;

namespace Vitrin.Api.Media;

/// <summary>Settings under <c>Uploads</c>.</summary>
public sealed class UploadOptions
{
    /// <summary>Image uploads (logo, gallery, avatar) one user may make per window; more are 429.</summary>
    public int PerUserPermits { get; set; } = 30;
    public int WindowSeconds { get; set; } = 600;
}

public static class MediaSetup
{
    public const string UploadPolicy = "uploads";

    public static void AddVitrinMedia(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<UploadOptions>(builder.Configuration.GetSection("Uploads"));
        builder.Services.AddSingleton<ImageProcessor>();
        builder.Services.AddSingleton<MediaFiles>();
        builder.Services.AddSingleton<OrphanedFiles>();
        builder.Services.AddRateLimiter(o => o.AddPolicy(UploadPolicy, http =>
        {
            var options = http.RequestServices.GetRequiredService<IOptions<UploadOptions>>().Value;
            var key = http.User.FindUserId()?.ToString(System.Globalization.CultureInfo.InvariantCulture)
                ?? "ip:" + http.Connection.RemoteIpAddress;
            return http.RequestServices.GetRequiredService<SharedRateLimits>().FixedWindow(UploadPolicy, key, new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.PerUserPermits,
                Window = TimeSpan.FromSeconds(options.WindowSeconds),
                QueueLimit = 0,
            });
        }));
    }
}
