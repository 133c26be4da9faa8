namespace Vitrin.Api.Platform;

public static class StatsApi
{
    public static RouteGroupBuilder MapStatsApi(this RouteGroupBuilder api) => api;
}
