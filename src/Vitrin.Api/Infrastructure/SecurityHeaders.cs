using Microsoft.Extensions.Options;
using Vitrin.Api.Auth;

namespace Vitrin.Api.Infrastructure;

public static class SecurityHeaders
{
    private const string Csp =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    // With Google sign-in on, exactly what Google Identity Services loads: its script, its button
    // iframe, its stylesheet and its XHRs; its popup needs an opener it can post back to.
    private const string Gsi = "https://accounts.google.com/gsi/";
    private const string CspWithGoogle =
        $"default-src 'self'; script-src 'self' {Gsi}client; style-src 'self' 'unsafe-inline' {Gsi}style; img-src 'self' data: blob: https:; " +
        $"font-src 'self' data:; connect-src 'self' {Gsi}; frame-src {Gsi}; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>
    /// Headers on every response, error pages included (set as the response starts, after the
    /// exception handler has cleared headers). The API docs UI (development only) needs inline
    /// script, so it gets no CSP.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            Apply(http);
            return Task.CompletedTask;
        });
        return next(http);
    });

    private static void Apply(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        var google = http.RequestServices.GetService<IOptions<GoogleSignInOptions>>()?.Value.Enabled == true;
        headers["Cross-Origin-Opener-Policy"] = google ? "same-origin-allow-popups" : "same-origin";
        if (!http.Request.Path.StartsWithSegments("/scalar"))
        {
            headers.ContentSecurityPolicy = google ? CspWithGoogle : Csp;
        }
    }
}
