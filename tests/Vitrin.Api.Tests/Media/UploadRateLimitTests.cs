using System.Net;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Media;

public sealed class UploadRateLimitTests
{
    [Fact]
    public async Task AnUploadFloodIs429WithRetryAfterPerUser()
    {
        await using var app = new VitrinApp().WithSettings(("Uploads:PerUserPermits", "3"), ("Uploads:WindowSeconds", "600"));
        await app.InitializeAsync();
        var flooder = await app.RegisterAsync("flood");
        var other = await app.RegisterAsync("calm");
        var id = (await flooder.CreateAsync()).Id();
        var image = TestImages.Jpeg(32, 32);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await flooder.PostMediaAsync(id, TestImages.Form(image))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        var limited = await flooder.PutAvatarAsync(TestImages.Form(image));
        await limited.ReadProblemAsync(429);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 600);
        // The allowance is per user.
        await (await other.PutAvatarAsync(TestImages.Form(image))).ReadJsonAsync();
    }
}
