namespace Vitrin.Api.Comments;

public static class CommentsApi
{
    public static RouteGroupBuilder MapCommentsApi(this RouteGroupBuilder api) => api;
}
