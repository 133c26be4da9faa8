using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Data;

/// <summary>
/// ConnectionStrings:PostgresReplica. The "replica" here is another database, so a test can tell which
/// one answered; scripts/topology.sh runs the same reads against a real streaming replica. On SQLite,
/// where there is no replica to have, each test checks that the setting is refused at start-up instead
/// of being silently ignored.
/// </summary>
public sealed class ReadReplicaTests
{
    [Fact]
    public async Task AnonymousReadsGoToTheReplicaAndSignedInReadsToThePrimary()
    {
        if (!TestDatabase.IsPostgres)
        {
            await AssertRefusedWithoutPostgresAsync();
            return;
        }

        await using var replicaApp = new VitrinApp();
        await replicaApp.InitializeAsync();
        var maker = await replicaApp.RegisterAsync("replicamaker");
        var onReplicaOnly = await maker.CreateAsync();

        // Uncached, so both the plain list path and the public cache's loaders are exercised.
        await using var app = new VitrinApp().WithSettings(
            ("ConnectionStrings:PostgresReplica", replicaApp.Database.ConnectionString), ("Cache:Public", "false"));
        await app.InitializeAsync();
        var anonymous = app.Anonymous();

        Assert.Equal([onReplicaOnly.Id()], (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/products?maker={maker.Username}")).Ids());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/products/{onReplicaOnly.Id()}")).StatusCode);

        var reader = await app.RegisterAsync("primaryreader");
        Assert.Empty((await reader.Client.GetFromJsonAsync<JsonElement>($"/api/v1/products?maker={maker.Username}")).Ids());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Client.GetAsync($"/api/v1/products/{onReplicaOnly.Id()}")).StatusCode);
    }

    [Fact]
    public async Task AReplicaThatIsDownCostsARetryOnThePrimaryNotAnError()
    {
        if (!TestDatabase.IsPostgres)
        {
            await AssertRefusedWithoutPostgresAsync();
            return;
        }

        var down = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("VITRIN_TEST_POSTGRES")) { Port = 1, Timeout = 2 };
        await using var app = new VitrinApp().WithSettings(("ConnectionStrings:PostgresReplica", down.ConnectionString));
        await app.InitializeAsync();
        var maker = await app.RegisterAsync("replicadown");
        var product = await maker.CreateAsync();

        var anonymous = app.Anonymous();
        Assert.Equal([product.Id()], (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/products?maker={maker.Username}")).Ids());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/products/{product.Id()}")).StatusCode);
    }

    private static async Task AssertRefusedWithoutPostgresAsync()
    {
        await using var app = new VitrinApp().WithSettings(("ConnectionStrings:PostgresReplica", "Host=127.0.0.1;Port=1"));
        var error = await Assert.ThrowsAnyAsync<Exception>(async () => await app.InitializeAsync());
        Assert.Contains("needs Database:Provider=Postgres", error.ToString(), StringComparison.Ordinal);
    }
}
