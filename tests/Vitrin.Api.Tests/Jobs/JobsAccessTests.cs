using System.Net;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Jobs;

/// <summary>The job status route and the dashboard: admins only.</summary>
public sealed class JobsAccessTests(VitrinApp app)
{
    [Fact]
    public async Task OnlyAdminsSeeTheJobStatus()
    {
        var user = await app.RegisterAsync("plain");
        var moderator = await app.RegisterWithRolesAsync("mod", "moderator");
        var admin = await app.RegisterWithRolesAsync("admin", "admin");

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/admin/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.Client.GetAsync("/api/v1/admin/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await moderator.Client.GetAsync("/api/v1/admin/jobs")).StatusCode);
        var status = await (await admin.Client.GetAsync("/api/v1/admin/jobs")).ReadJsonAsync();
        Assert.True(status.GetProperty("servers").GetInt64() >= 1);
        var recurring = status.GetProperty("recurring").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("awards-daily", recurring);
        Assert.Contains("launch-announcements", recurring);
    }

    [Fact]
    public async Task OnlyAdminsOpenTheDashboard()
    {
        var user = await app.RegisterAsync("plain");
        var moderator = await app.RegisterWithRolesAsync("mod", "moderator");
        var admin = await app.RegisterWithRolesAsync("admin", "admin");

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsync("/api/v1/admin/jobs/dashboard-session", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.Client.PostAsync("/api/v1/admin/jobs/dashboard-session", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await moderator.Client.PostAsync("/api/v1/admin/jobs/dashboard-session", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Dashboard(null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Dashboard("forged-value")).StatusCode);

        var session = await admin.Client.PostAsync("/api/v1/admin/jobs/dashboard-session", null);
        Assert.Equal(HttpStatusCode.NoContent, session.StatusCode);
        var setCookie = Assert.Single(session.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/admin/jobs", setCookie, StringComparison.OrdinalIgnoreCase);
        var cookie = setCookie.Split(';')[0].Split('=', 2)[1];

        // The cookie is signed: naming another user breaks it.
        var parts = cookie.Split('.');
        Assert.Equal(HttpStatusCode.Unauthorized, (await Dashboard(string.Join('.', [user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), .. parts[1..]]))).StatusCode);

        var page = await Dashboard(cookie);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Vitrin jobs", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Demoted by another admin: the same cookie stops working at once.
        var other = await app.RegisterWithRolesAsync("admin", "admin");
        Assert.Equal(HttpStatusCode.NoContent, (await other.Client.DeleteAsync($"/api/v1/admin/users/{admin.Username}/roles/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Dashboard(cookie)).StatusCode);
    }

    private Task<HttpResponseMessage> Dashboard(string? cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/jobs");
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", $"vitrin_jobs={cookie}");
        }

        return app.Anonymous().SendAsync(request);
    }
}
