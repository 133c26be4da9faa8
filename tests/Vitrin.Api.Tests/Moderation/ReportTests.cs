using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Tests.Users;

namespace Vitrin.Api.Tests.Moderation;

public sealed class ReportTests(VitrinApp app)
{
    [Fact]
    public async Task ReportingAProductAnswersCreatedWithLocationAndTheReport()
    {
        var maker = await app.RegisterAsync("repmaker");
        var reporter = await app.RegisterAsync("reporter");
        var product = (await maker.CreateAsync()).Id();

        var response = await reporter.PostReportAsync("product", product, "off_topic", "  Not a product at all.  ");

        var report = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = report.Id();
        Assert.Equal($"/api/v1/reports/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("product", report.Str("targetType"));
        Assert.Equal(product, report.GetProperty("targetId").GetInt64());
        Assert.Equal("off_topic", report.Str("reason"));
        Assert.Equal("Not a product at all.", report.Str("note"));
        Assert.Equal("open", report.Str("status"));
        Assert.True(DateTime.UtcNow - report.GetProperty("createdAt").GetDateTime().ToUniversalTime() < TimeSpan.FromMinutes(1));
        Assert.Equal(id, (await reporter.GetReportAsync(id)).Id());
    }

    [Fact]
    public async Task CommentsAndUsersCanBeReported()
    {
        var maker = await app.RegisterAsync("repmaker");
        var author = await app.RegisterAsync("repauthor");
        var reporter = await app.RegisterAsync("reporter");
        var product = (await maker.CreateAsync()).Id();
        var comment = await app.CommentAsync(author, product, "Buy cheap pills", SocialData.At(0));

        var onComment = await (await reporter.PostReportAsync("comment", comment, "spam")).ReadJsonAsync(HttpStatusCode.Created);
        var onUser = await (await reporter.PostReportAsync("user", author.Id, "offensive")).ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal(("comment", comment), (onComment.Str("targetType"), onComment.GetProperty("targetId").GetInt64()));
        Assert.Equal(("user", author.Id), (onUser.Str("targetType"), onUser.GetProperty("targetId").GetInt64()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, onUser.GetProperty("note").ValueKind);
    }

    [Fact]
    public async Task AReportIsVisibleToItsReporterAndModeratorsOnly()
    {
        var maker = await app.RegisterAsync("repmaker");
        var reporter = await app.RegisterAsync("reporter");
        var other = await app.RegisterAsync("repother");
        var moderator = await app.RegisterWithRolesAsync("repmod", "moderator");
        var id = await reporter.ReportAsync("product", (await maker.CreateAsync()).Id());

        await (await other.Client.GetAsync($"/api/v1/reports/{id}")).ReadProblemAsync(404);
        await (await maker.Client.GetAsync($"/api/v1/reports/{id}")).ReadProblemAsync(404);
        await (await app.Anonymous().GetAsync($"/api/v1/reports/{id}")).ReadProblemAsync(401);
        Assert.Equal(id, (await moderator.GetReportAsync(id)).Id());
        await (await reporter.Client.GetAsync("/api/v1/reports/999999999")).ReadProblemAsync(404);
    }

    [Fact]
    public async Task ReportingTheSameTargetTwiceIsConflictAndTheFirstReportStands()
    {
        var maker = await app.RegisterAsync("repmaker");
        var reporter = await app.RegisterAsync("reporter");
        var product = (await maker.CreateAsync()).Id();
        var first = await reporter.ReportAsync("product", product, "spam");

        await (await reporter.PostReportAsync("product", product, "offensive")).ReadProblemAsync(409);

        var rows = await app.WithDbAsync(db => db.Reports.Where(r => r.ReporterId == reporter.Id).ToListAsync());
        Assert.Equal(first, Assert.Single(rows).Id);
        Assert.Equal(Api.Moderation.ReportReason.Spam, rows[0].Reason);
    }

    [Fact]
    public async Task ConcurrentDuplicateReportsLeaveExactlyOne()
    {
        var maker = await app.RegisterAsync("repmaker");
        var reporter = await app.RegisterAsync("reporter");
        var product = (await maker.CreateAsync()).Id();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => reporter.PostReportAsync("product", product)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await app.WithDbAsync(db => db.Reports.CountAsync(r => r.ReporterId == reporter.Id)));
    }

    [Fact]
    public async Task ReportingYourselfOrYourOwnContentIsBadRequest()
    {
        var maker = await app.RegisterAsync("repself");
        var product = (await maker.CreateAsync()).Id();
        var draft = (await maker.CreateAsync("draft")).Id();
        var comment = await app.CommentAsync(maker, product, "My own comment", SocialData.At(0));

        await (await maker.PostReportAsync("user", maker.Id)).ReadProblemAsync(400);
        await (await maker.PostReportAsync("product", product)).ReadProblemAsync(400);
        await (await maker.PostReportAsync("product", draft)).ReadProblemAsync(400);
        await (await maker.PostReportAsync("comment", comment)).ReadProblemAsync(400);
    }

    [Fact]
    public async Task TargetsTheReporterCannotSeeAreNotFound()
    {
        var maker = await app.RegisterAsync("repmaker");
        var author = await app.RegisterAsync("repauthor");
        var banned = await app.RegisterAsync("repbanned");
        var reporter = await app.RegisterAsync("reporter");
        var published = (await maker.CreateAsync()).Id();
        var draft = (await maker.CreateAsync("draft")).Id();
        var hidden = (await maker.CreateAsync()).Id();
        await app.SetProductAsync(hidden, hidden: true);
        var hiddenComment = await app.CommentAsync(author, published, "hidden", SocialData.At(0), hidden: true);
        var deletedComment = await app.CommentAsync(author, published, "deleted", SocialData.At(0), deleted: true);
        var onDraft = await app.CommentAsync(author, draft, "on a draft", SocialData.At(0));
        await app.BanAsync(banned);

        foreach (var (type, id) in new[]
        {
            ("product", 999_999_999L), ("product", draft), ("product", hidden),
            ("comment", 999_999_999L), ("comment", hiddenComment), ("comment", deletedComment), ("comment", onDraft),
            ("user", 999_999_999L), ("user", banned.Id),
        })
        {
            await (await reporter.PostReportAsync(type, id)).ReadProblemAsync(404);
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.Reports.CountAsync(r => r.ReporterId == reporter.Id)));
    }

    public static TheoryData<string, string> InvalidBodies() => new()
    {
        { """{"targetId":1,"reason":"spam"}""", "targetType" },
        { """{"targetType":"product","reason":"spam"}""", "targetId" },
        { """{"targetType":"product","targetId":1}""", "reason" },
        { """{"targetType":"product","targetId":0,"reason":"spam"}""", "targetId" },
        { """{"targetType":"product","targetId":-5,"reason":"spam"}""", "targetId" },
        { """{"targetType":"post","targetId":1,"reason":"spam"}""", "targetType" },
        { """{"targetType":0,"targetId":1,"reason":"spam"}""", "targetType" },
        { """{"targetType":"product","targetId":1,"reason":"abuse"}""", "reason" },
        { """{"targetType":"product","targetId":"1","reason":"spam"}""", "targetId" },
        { """{"targetType":"product","targetId":99999999999999999999999,"reason":"spam"}""", "targetId" },
        { $$"""{"targetType":"product","targetId":1,"reason":"spam","note":"{{new string('n', 1001)}}"}""", "note" },
        { """{"targetType":"product","targetId":1,"reason":"spam","note":"bell\u0007"}""", "note" },
        { """{"targetType":"product","targetId":1,"reason":"spam","status":"hidden"}""", "status" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task InvalidReportsAreValidationProblems(string body, string field)
    {
        var reporter = await app.RegisterAsync("reporter");

        var response = await reporter.Client.PostAsync("/api/v1/reports", ModerationData.Json(body));

        await response.AssertValidationErrorAsync(field);
    }

    [Fact]
    public async Task ANoteOfExactlyAThousandCharactersIsAccepted()
    {
        var maker = await app.RegisterAsync("repmaker");
        var reporter = await app.RegisterAsync("reporter");

        var response = await reporter.PostReportAsync("product", (await maker.CreateAsync()).Id(), "other", new string('n', 1000));

        Assert.Equal(1000, (await response.ReadJsonAsync(HttpStatusCode.Created)).Str("note")!.Length);
    }

    [Fact]
    public async Task AnonymousCannotReport()
    {
        var maker = await app.RegisterAsync("repmaker");
        var product = (await maker.CreateAsync()).Id();

        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/reports", new { targetType = "product", targetId = product, reason = "spam" });

        await response.ReadProblemAsync(401);
    }
}
