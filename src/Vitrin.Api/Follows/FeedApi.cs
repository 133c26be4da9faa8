namespace Vitrin.Api.Follows;

public static class FeedApi
{
    public static RouteGroupBuilder MapFeedApi(this RouteGroupBuilder api) => api;
}
