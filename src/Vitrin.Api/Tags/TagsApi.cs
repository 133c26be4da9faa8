namespace Vitrin.Api.Tags;

public static class TagsApi
{
    public static RouteGroupBuilder MapTagsApi(this RouteGroupBuilder api) => api;
}
