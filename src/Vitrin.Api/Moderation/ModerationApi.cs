namespace Vitrin.Api.Moderation;

public static class ModerationApi
{
    public static RouteGroupBuilder MapModerationApi(this RouteGroupBuilder api) => api;
}
