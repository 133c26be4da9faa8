namespace Vitrin.Api.Tests.Infrastructure;

/// <summary>
/// The throwaway Redis scripts/test.sh starts (<c>VITRIN_TEST_REDIS</c>, host:port), or null when the
/// suite runs without one. With it, every test app uses Redis as its second-level cache.
/// </summary>
public static class TestRedis
{
    public static string? Endpoint => Environment.GetEnvironmentVariable("VITRIN_TEST_REDIS") is { Length: > 0 } e ? e : null;
}
