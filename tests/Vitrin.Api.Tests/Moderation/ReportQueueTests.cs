using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Tests.Users;

namespace Vitrin.Api.Tests.Moderation;

public sealed class ReportQueueTests(VitrinApp app)
{
    [Fact]
    public async Task TheQueueHoldsOpenReportsOldestFirstWithReporterAndTarget()
    {
        var maker = await app.RegisterAsync("qmaker");
        var author = await app.RegisterAsync("qauthor");
        var reporter = await app.RegisterAsync("qreporter");
        var moderator = await app.RegisterWithRolesAsync("qmod", "moderator");
        var product = await maker.CreateAsync(title: "Queue Target Product");
        var comment = await app.CommentAsync(author, product.Id(), "A comment " + new string('x', 300), SocialData.At(0));
        var onProduct = await reporter.ReportAsync("product", product.Id(), "spam", "Looks like spam");
        var onComment = await reporter.ReportAsync("comment", comment, "offensive");
        var onUser = await reporter.ReportAsync("user", author.Id, "other");

        var queue = await moderator.QueueAsync();

        var mine = queue.Where(r => r.GetProperty("reporter").Username() == reporter.Username).ToList();
        Assert.Equal([onProduct, onComment, onUser], mine.Select(r => r.Id()));
        Assert.Equal(queue.Select(r => r.Id()).Order(), queue.Select(r => r.Id()));
        var first = mine[0];
        Assert.Equal("open", first.Str("status"));
        Assert.Equal("spam", first.Str("reason"));
        Assert.Equal("Looks like spam", first.Str("note"));
        Assert.Equal(reporter.Id, first.GetProperty("reporter").GetProperty("id").GetInt64());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("resolvedBy").ValueKind);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("resolvedAt").ValueKind);
        Assert.False(first.GetProperty("reporter").TryGetProperty("email", out _));
        var productTarget = first.GetProperty("target");
        Assert.Equal("Queue Target Product", productTarget.Str("title"));
        Assert.Equal(maker.Username, productTarget.GetProperty("user").Username());
        Assert.False(productTarget.GetProperty("hidden").GetBoolean());
        var commentTarget = mine[1].GetProperty("target");
        Assert.StartsWith("A comment xxx", commentTarget.Str("excerpt"), StringComparison.Ordinal);
        Assert.True(commentTarget.Str("excerpt")!.Length <= 201);
        Assert.Equal(author.Username, commentTarget.GetProperty("user").Username());
        Assert.Equal(product.Id(), commentTarget.GetProperty("productId").GetInt64());
        Assert.Equal(author.Username, mine[2].GetProperty("target").GetProperty("user").Username());
    }

    [Fact]
    public async Task AReportOnContentThatNoLongerExistsHasNoTarget()
    {
        var maker = await app.RegisterAsync("qmaker");
        var reporter = await app.RegisterAsync("qreporter");
        var moderator = await app.RegisterWithRolesAsync("qmod", "moderator");
        var product = (await maker.CreateAsync()).Id();
        var id = await reporter.ReportAsync("product", product);
        Assert.Equal(HttpStatusCode.NoContent, (await maker.Client.DeleteAsync($"/api/v1/products/{product}")).StatusCode);

        var report = (await moderator.QueueAsync()).Single(r => r.Id() == id);

        Assert.Equal(JsonValueKind.Null, report.GetProperty("target").ValueKind);
    }

    [Fact]
    public async Task ResolvedReportsAreListedByStatusMostRecentFirstWithTheirResolver()
    {
        var maker = await app.RegisterAsync("qmaker");
        var reporter = await app.RegisterAsync("qreporter");
        var moderator = await app.RegisterWithRolesAsync("qmod", "moderator");
        var dismissed = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            var id = await reporter.ReportAsync("product", (await maker.CreateAsync()).Id());
            await moderator.ResolvedAsync(id, "dismiss", $"not spam {i}");
            dismissed.Add(id);
        }

        var hidden = await reporter.ReportAsync("product", (await maker.CreateAsync()).Id());
        await moderator.ResolvedAsync(hidden, "hide");

        var dismissedList = await moderator.QueueAsync("dismissed");
        var hiddenList = await moderator.QueueAsync("hidden");
        var open = await moderator.QueueAsync();

        var mine = dismissedList.Where(r => dismissed.Contains(r.Id())).ToList();
        Assert.Equal(dismissed.AsEnumerable().Reverse(), mine.Select(r => r.Id()));
        Assert.Equal(dismissedList.Select(r => r.Id()).OrderDescending(), dismissedList.Select(r => r.Id()));
        Assert.All(mine, r => Assert.Equal("dismissed", r.Str("status")));
        Assert.Equal(moderator.Username, mine[0].GetProperty("resolvedBy").Username());
        Assert.Equal("not spam 2", mine[0].Str("resolutionNote"));
        Assert.NotEqual(JsonValueKind.Null, mine[0].GetProperty("resolvedAt").ValueKind);
        Assert.Contains(hidden, hiddenList.Select(r => r.Id()));
        Assert.DoesNotContain(hidden, dismissedList.Select(r => r.Id()));
        Assert.DoesNotContain(open.Select(r => r.Id()), id => dismissed.Contains(id) || id == hidden);
    }

    [Fact]
    public async Task TheQueuePagesWithACursorWithoutRepeats()
    {
        var maker = await app.RegisterAsync("qmaker");
        var moderator = await app.RegisterWithRolesAsync("qmod", "moderator");
        var product = (await maker.CreateAsync()).Id();
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await (await app.RegisterAsync("qpager")).ReportAsync("product", product));
        }

        var walked = await moderator.Client.WalkAsync("/api/v1/admin/reports?status=open", 3, r => r.Id().ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(ids, walked.Select(r => r.Id()).Where(ids.Contains));
    }

    [Theory]
    [InlineData("status=closed", "status")]
    [InlineData("status=OPEN", "status")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task BadQueueQueriesAreValidationProblems(string query, string field)
    {
        var moderator = await app.RegisterWithRolesAsync("qmod", "moderator");

        await (await moderator.Client.GetAsync($"/api/v1/admin/reports?{query}")).AssertValidationErrorAsync(field);
    }

    [Fact]
    public async Task ACursorFromAnotherStatusOrTamperedIsRefused()
    {
        var maker = await app.RegisterAsync("qmaker");
        var moderator = await app.RegisterWithRolesAsync("qmod", "moderator");
        for (var i = 0; i < 2; i++)
        {
            await (await app.RegisterAsync("qcur")).ReportAsync("product", (await maker.CreateAsync()).Id());
        }

        var page = await (await moderator.Client.GetAsync("/api/v1/admin/reports?limit=1")).ReadJsonAsync();
        var cursor = page.GetProperty("nextCursor").GetString()!;

        await (await moderator.Client.GetAsync($"/api/v1/admin/reports?status=dismissed&cursor={cursor}")).AssertValidationErrorAsync("cursor");
        await (await moderator.Client.GetAsync($"/api/v1/admin/reports?cursor={SocialData.Tampered(cursor)}")).AssertValidationErrorAsync("cursor");
    }

    [Fact]
    public async Task OnlyModeratorsAndAdminsSeeTheQueue()
    {
        var user = await app.RegisterAsync("quser");
        var moderator = await app.RegisterWithRolesAsync("qmod", "moderator");
        var admin = await app.RegisterWithRolesAsync("qadmin", "admin");

        await (await app.Anonymous().GetAsync("/api/v1/admin/reports")).ReadProblemAsync(401);
        await (await user.Client.GetAsync("/api/v1/admin/reports")).ReadProblemAsync(403);
        await (await moderator.Client.GetAsync("/api/v1/admin/reports?limit=1")).ReadJsonAsync();
        await (await admin.Client.GetAsync("/api/v1/admin/reports?limit=1")).ReadJsonAsync();
    }

    [Fact]
    public async Task ThePublicLogNeverShowsTheReporterOrTheirNote()
    {
        var maker = await app.RegisterAsync("qmaker");
        var reporter = await app.RegisterAsync("qreporter");
        var moderator = await app.RegisterWithRolesAsync("qmod", "moderator");
        var product = (await maker.CreateAsync()).Id();
        var id = await reporter.ReportAsync("product", product, "spam", "secret reporter note");
        await moderator.ResolvedAsync(id, "dismiss");

        var entry = Assert.Single(await app.LogEntriesAsync("product", product));

        Assert.Equal("spam", entry.Str("reason"));
        Assert.DoesNotContain("secret reporter note", entry.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(reporter.Username, entry.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Reports.CountAsync(r => r.TargetId == product && r.ReporterId == reporter.Id)));
    }
}
