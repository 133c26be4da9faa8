using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Moderation;

/// <summary>Reports, resolutions and log look-ups through the API, for the moderation tests.</summary>
public static class ModerationData
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> PostReportAsync(
        this TestUser reporter, string targetType, long targetId, string reason = "spam", string? note = null) =>
        reporter.Client.PostAsJsonAsync("/api/v1/reports", new { targetType, targetId, reason, note });

    public static async Task<long> ReportAsync(this TestUser reporter, string targetType, long targetId, string reason = "spam", string? note = null) =>
        (await (await reporter.PostReportAsync(targetType, targetId, reason, note)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64();

    public static Task<HttpResponseMessage> ResolveAsync(this HttpClient client, long reportId, string action, string? note = null) =>
        client.PostAsJsonAsync($"/api/v1/admin/reports/{reportId}/resolve", new { action, note });

    public static async Task ResolvedAsync(this TestUser moderator, long reportId, string action, string? note = null) =>
        Assert.Equal(HttpStatusCode.NoContent, (await moderator.Client.ResolveAsync(reportId, action, note)).StatusCode);

    public static async Task<JsonElement> GetReportAsync(this TestUser user, long reportId) =>
        await (await user.Client.GetAsync($"/api/v1/reports/{reportId}")).ReadJsonAsync();

    public static async Task AssertStatusAsync(this Task<HttpResponseMessage> request, HttpStatusCode expected)
    {
        var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        if ((int)expected >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>
    /// Log entries about one target, newest first. Walks the public log from its newest entry back to
    /// entries older than a few minutes (other tests write to the same log meanwhile).
    /// </summary>
    public static Task<List<JsonElement>> LogEntriesAsync(this VitrinApp app, string targetType, long targetId) =>
        app.LogEntriesAsync(e => e.GetProperty("targetType").GetString() == targetType && e.GetProperty("targetId").GetInt64() == targetId);

    public static async Task<List<JsonElement>> LogEntriesAsync(this VitrinApp app, Func<JsonElement, bool> match)
    {
        var since = DateTime.UtcNow.AddMinutes(-5);
        var found = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await (await app.Anonymous().GetAsync("/api/v1/moderation-log?limit=100"
                + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"))).ReadJsonAsync();
            var items = page.GetProperty("items").EnumerateArray().ToList();
            found.AddRange(items.Where(match));
            cursor = items.Count > 0 && items[^1].GetProperty("createdAt").GetDateTime() < since ? null : page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return found;
    }

    /// <summary>Every open report in the queue, oldest first (the whole queue, walked page by page).</summary>
    public static async Task<List<JsonElement>> QueueAsync(this TestUser moderator, string status = "open")
    {
        var all = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await (await moderator.Client.GetAsync($"/api/v1/admin/reports?status={status}&limit=100"
                + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"))).ReadJsonAsync();
            all.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return all;
    }

    public static string? Str(this JsonElement item, string property) => item.GetProperty(property).GetString();
}
