namespace Vitrin.Api.Categories;

public static class CategoriesApi
{
    public static RouteGroupBuilder MapCategoriesApi(this RouteGroupBuilder api) => api;
}
