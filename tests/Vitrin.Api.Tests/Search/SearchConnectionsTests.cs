using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Vitrin.Api.Data;
using Vitrin.Api.Search;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Search;

/// <summary>
/// The PostgreSQL search pool's sessions: custom plans (a generic plan cannot suit every word) and no
/// parallel query (a page's tiers are read in order under one LIMIT; a Parallel Append would mix them).
/// </summary>
public sealed class SearchConnectionsTests(VitrinApp app)
{
    [Fact]
    public async Task SearchSessionsAreCustomPlannedWithoutParallelQueryAndPoolIsCapped()
    {
        var ct = TestContext.Current.CancellationToken;
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("pooler");
        var id = await maker.ProductAsync($"The {word} pool");
        Assert.Equal([id], await app.SearchIdsAsync(word));

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VitrinDbContext>();
        var connections = app.Services.GetRequiredService<SearchConnections>();
        if (!db.Database.IsNpgsql())
        {
            // SQLite (FTS5) has no plan cache and no parallel query: its search runs on the context's own connection.
            Assert.Equal(0, connections.Count);
            return;
        }

        Assert.NotEqual(0, connections.Count);
        // Each connection is checked, so open more than one at a time (new physical connections too).
        var open = new List<NpgsqlConnection>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                var connection = await connections.For(db).OpenConnectionAsync(ct);
                open.Add(connection);
                Assert.Equal("force_custom_plan", await ShowAsync(connection, "plan_cache_mode", ct));
                Assert.Equal("0", await ShowAsync(connection, "max_parallel_workers_per_gather", ct));
                Assert.True(new NpgsqlConnectionStringBuilder(connection.ConnectionString).MaxPoolSize <= SearchConnections.MaxPoolSize);
            }
        }
        finally
        {
            foreach (var connection in open)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private static async Task<string?> ShowAsync(NpgsqlConnection connection, string setting, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SHOW {setting}", connection);
        return (string?)await command.ExecuteScalarAsync(ct);
    }
}
