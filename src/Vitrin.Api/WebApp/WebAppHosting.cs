using System.Collections.Frozen;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Vitrin.Api.WebApp;

/// <summary>
/// Serves the React app's production build (web/dist, copied to the output's wwwroot by the build):
/// hashed assets cached for a year, index.html never cached, client routes falling back to the app,
/// product pages with link-preview tags filled in, and a sitemap. The API's own prefixes never fall back.
/// </summary>
public static partial class WebAppHosting
{
    private static readonly string[] ReservedPrefixes = ["/api", "/openapi", "/health", "/metrics", "/scalar", "/media"];

    /// <summary>
    /// The routes of web/src/app/router.tsx without parameters (those are mapped in MapWebApp). React Router
    /// matches static segments ignoring case and a trailing slash. ClientRouteTests holds this list to router.tsx.
    /// </summary>
    internal static readonly FrozenSet<string> StaticClientRoutes = new[]
    {
        "/", "/submit", "/leaderboard", "/search", "/settings/profile", "/me/products", "/notifications", "/mod",
        "/moderation-log", "/signin", "/signup", "/forgot-password", "/reset-password", "/confirm-email",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    internal static bool IsClientRoute(string path)
    {
        var trimmed = path.TrimEnd('/');
        return StaticClientRoutes.Contains(trimmed.Length == 0 ? "/" : trimmed);
    }

    public static WebApplication MapWebApp(this WebApplication app)
    {
        var root = app.Configuration["WebApp:RootPath"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, "wwwroot");
        app.MapGet("/sitemap.xml", Sitemap.GetAsync).ExcludeFromDescription();
        app.MapGet("/robots.txt", Sitemap.Robots).ExcludeFromDescription();

        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            LogNoWebApp(app.Logger, root);
            return app;
        }

        var files = new PhysicalFileProvider(root);
        var index = new IndexPage(files);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                // Vite names everything under /assets/ by content hash: a changed file gets a new name.
                headers.CacheControl = context.Context.Request.Path.StartsWithSegments("/assets")
                    ? "public, max-age=31536000, immutable"
                    : context.File.Name == "index.html" ? "no-cache" : "public, max-age=3600";
            },
        });
        // The pages that name something get its link-preview tags, or a 404 when it is not public (ShareTags).
        string[] getOrHead = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods("/p/{slug}", getOrHead, (string slug, IOptions<Email.EmailOptions> options, Data.VitrinDbContext db, CancellationToken ct) =>
            ShareTags.ProductPageAsync(slug, options, db, index, ct)).ExcludeFromDescription();
        app.MapMethods("/u/{username}/{tab?}", getOrHead, (string username, string? tab, IOptions<Email.EmailOptions> options, Data.VitrinDbContext db, CancellationToken ct) =>
            ShareTags.ProfilePageAsync(username, tab, options, db, index, ct)).ExcludeFromDescription();
        app.MapMethods("/c/{slug}", getOrHead, (string slug, IOptions<Email.EmailOptions> options, Data.VitrinDbContext db, CancellationToken ct) =>
            ShareTags.CategoryPageAsync(slug, options, db, index, ct)).ExcludeFromDescription();
        app.MapMethods("/t/{tag}", getOrHead, (string tag, IOptions<Email.EmailOptions> options, Data.VitrinDbContext db, CancellationToken ct) =>
            ShareTags.TagPageAsync(tag, options, db, index, ct)).ExcludeFromDescription();
        app.MapMethods("/p/{slug}/edit", getOrHead, () => index.Result(meta: null, StatusCodes.Status200OK)).ExcludeFromDescription();
        // Client routes: a GET that matched no endpoint and names no file gets the app, with a 404 unless it is
        // one of the app's other routes (the app then shows its not-found page). This is middleware, not a
        // catch-all endpoint, so routing keeps its own answers (404, 405, 415) under the API's prefixes.
        app.Use((http, next) =>
        {
            var path = http.Request.Path;
            if (http.GetEndpoint() is null
                && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                && !Path.HasExtension(path.Value)
                && !ReservedPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            {
                var status = IsClientRoute(path.Value ?? "/") ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
                return index.Result(meta: null, status).ExecuteAsync(http);
            }

            return next(http);
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No web app build at {Root}: only the API is served (build it with `npm run build` in web/)")]
    private static partial void LogNoWebApp(ILogger logger, string root);
}

/// <summary>The app's index.html, with a marked region of head tags that product pages replace.</summary>
public sealed class IndexPage(IFileProvider files)
{
    private const string MetaStart = "<!--vitrin:meta-->";
    private const string MetaEnd = "<!--/vitrin:meta-->";

    private Cached? _cached;

    public IResult Result(string? meta, int status)
    {
        var html = Html();
        if (meta is not null)
        {
            var start = html.IndexOf(MetaStart, StringComparison.Ordinal);
            var end = html.IndexOf(MetaEnd, StringComparison.Ordinal);
            if (start >= 0 && end > start)
            {
                html = string.Concat(html.AsSpan(0, start), meta, html.AsSpan(end + MetaEnd.Length));
            }
        }

        return new HtmlResult(html, status);
    }

    /// <summary>The file's text, read again only when it changed (a rebuilt app is served at once).</summary>
    private string Html()
    {
        var file = files.GetFileInfo("index.html");
        var cached = _cached;
        if (cached is null || cached.Modified != file.LastModified)
        {
            using var reader = new StreamReader(file.CreateReadStream());
            cached = new Cached(file.LastModified, reader.ReadToEnd());
            _cached = cached; // one reference write: requests see the old page or the new one, never a mix
        }

        return cached.Html;
    }

    private sealed record Cached(DateTimeOffset Modified, string Html);

    private sealed class HtmlResult(string html, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = status;
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.Headers[HeaderNames.CacheControl] = "no-cache";
            return http.Response.WriteAsync(html, http.RequestAborted);
        }
    }
}
