namespace Vitrin.Api.Products;

public static class ProductsApi
{
    public static RouteGroupBuilder MapProductsApi(this RouteGroupBuilder api) => api;
}
