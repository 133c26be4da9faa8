using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Media;

/// <summary>Upload calls the way the web app makes them.</summary>
public static class Uploads
{
    /// <summary>The keys of every file the app's storage holds.</summary>
    public static async Task<HashSet<string>> StoredKeysAsync(this VitrinApp app)
    {
        var keys = new HashSet<string>();
        await foreach (var file in app.Services.GetRequiredService<Vitrin.Api.Storage.IFileStorage>().ListAsync(CancellationToken.None))
        {
            keys.Add(file.Key);
        }

        return keys;
    }

    public static Task<HttpResponseMessage> PutLogoAsync(this TestUser user, long productId, HttpContent form) =>
        user.Client.PutAsync($"/api/v1/products/{productId}/logo", form);

    public static Task<HttpResponseMessage> PostMediaAsync(this TestUser user, long productId, HttpContent form) =>
        user.Client.PostAsync($"/api/v1/products/{productId}/media", form);

    public static Task<HttpResponseMessage> PutAvatarAsync(this TestUser user, HttpContent form) =>
        user.Client.PutAsync("/api/v1/users/me/avatar", form);

    /// <summary>Adds a gallery image and returns the Media answer.</summary>
    public static async Task<JsonElement> AddMediaAsync(this TestUser user, long productId, byte[]? image = null, string? alt = null) =>
        await (await user.PostMediaAsync(productId, TestImages.Form(image ?? TestImages.Jpeg(400, 300), alt: alt))).ReadJsonAsync(HttpStatusCode.Created);

    /// <summary>Fetches a stored file through its public URL.</summary>
    public static Task<HttpResponseMessage> FetchAsync(this VitrinApp app, string url) => app.Anonymous().GetAsync(url);

    public static async Task<JsonElement> ProductAsync(this VitrinApp app, long id, TestUser? viewer = null) =>
        await (await (viewer?.Client ?? app.Anonymous()).GetAsync($"/api/v1/products/{id}")).ReadJsonAsync();

    public static bool IsWebP(byte[] content) =>
        content.Length > 12 && content.AsSpan(0, 4).SequenceEqual("RIFF"u8) && content.AsSpan(8, 4).SequenceEqual("WEBP"u8);

    public static string Url(this JsonElement element, string property = "url") => element.GetProperty(property).GetString()!;
}
