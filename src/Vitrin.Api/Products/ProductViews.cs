using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;

namespace Vitrin.Api.Products;

/// <summary>
/// View counting cheap enough for every page view: one upsert on (product, viewer) decides whether
/// the view counts (at most once per 24 h); counted views collect in memory and are added to
/// <see cref="Product.ViewCount"/> in one UPDATE per product every few seconds, so a busy product's
/// row is not locked per view. A crash loses at most the last few seconds of counts.
/// </summary>
public sealed class ProductViews(Caching.CacheInvalidation invalidation) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private Dictionary<long, int> _pending = [];

    public void Add(long productId)
    {
        lock (_gate)
        {
            _pending[productId] = _pending.GetValueOrDefault(productId) + 1;
        }
    }

    /// <summary>Adds the collected views to the products; one flush at a time, so a finished flush means all earlier views are stored.</summary>
    public async Task FlushAsync(VitrinDbContext db, CancellationToken ct)
    {
        await _flushing.WaitAsync(ct);
        try
        {
            Dictionary<long, int> batch;
            lock (_gate)
            {
                (batch, _pending) = (_pending, []);
            }

            foreach (var (productId, count) in batch)
            {
                await db.Products.Where(p => p.Id == productId)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.ViewCount, p => p.ViewCount + count), ct);
            }

            if (batch.Count > 0)
            {
                await invalidation.InvalidateAsync(batch.Keys.Select(Caching.CacheTags.Product));
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    public void Dispose() => _flushing.Dispose();

    public static async Task<Results<NoContent, ProblemHttpResult>> RecordAsync(
        long id, ClaimsPrincipal user, HttpContext http, VitrinDbContext db, ProductViews views, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Products.Listed().AnyAsync(p => p.Id == id, ct))
        {
            return ProductsApi.NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddHours(-24);
        var viewer = ViewerKey(user, http);
        var counted = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO product_views (product_id, viewer_key, viewed_at) VALUES ({id}, {viewer}, {now})
            ON CONFLICT (product_id, viewer_key) DO UPDATE SET viewed_at = excluded.viewed_at
            WHERE product_views.viewed_at < {cutoff}
            """, ct);
        if (counted > 0)
        {
            views.Add(id);
        }

        return TypedResults.NoContent();
    }

    /// <summary>
    /// The signed-in user, else the anonymous visitor as client address plus user agent (no cookie,
    /// so nothing is stored in the browser). Hashed, so no raw identifier is kept.
    /// </summary>
    private static string ViewerKey(ClaimsPrincipal user, HttpContext http)
    {
        var raw = user.FindUserId() is { } userId
            ? $"u:{userId}"
            : $"a:{http.Connection.RemoteIpAddress}|{http.Request.Headers.UserAgent}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(raw)));
    }
}
