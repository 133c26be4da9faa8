namespace Vitrin.Api.Upvotes;

public static class UpvotesApi
{
    public static RouteGroupBuilder MapUpvotesApi(this RouteGroupBuilder api) => api;
}
