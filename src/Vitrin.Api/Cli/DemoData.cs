using Vitrin.Api.Data;

namespace Vitrin.Api.Cli;

/// <summary>A deterministic, idempotent demo dataset (users, products, upvotes, comments, follows).</summary>
public sealed class DemoData(VitrinDbContext db, TimeProvider clock)
{
    public Task<string> SeedAsync(int seed, CancellationToken ct)
    {
        _ = db;
        _ = clock;
        return Task.FromResult($"seed {seed}: placeholder");
    }
}
