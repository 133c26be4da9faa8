using System.Text.RegularExpressions;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.WebApp;

namespace Vitrin.Api.Tests.WebApp;

/// <summary>The server's copy of the app's routes (which paths get a 200) against web/src/app/router.tsx itself.</summary>
public sealed partial class ClientRouteTests
{
    /// <summary>The routes with parameters, which WebAppHosting maps as endpoints of their own (ShareTags answers a 404 for what does not exist).</summary>
    private static readonly string[] MappedRoutes = ["p/:slug", "p/:slug/edit", "c/:slug", "t/:tag", "u/:username/:tab?"];

    private static List<string> RouterPaths()
    {
        var router = File.ReadAllText(Path.Combine(RepoFiles.Root(), "web", "src", "app", "router.tsx"));
        Assert.Contains("{ index: true,", router, StringComparison.Ordinal);
        return [.. RoutePath().Matches(router).Select(m => m.Groups[1].Value)];
    }

    [Fact]
    public void EveryRouteOfTheAppIsAnsweredWithA200()
    {
        var paths = RouterPaths();

        Assert.Subset(paths.ToHashSet(), MappedRoutes.ToHashSet());
        Assert.Contains("*", paths);
        Assert.True(WebAppHosting.IsClientRoute("/"));
        foreach (var path in paths.Except(MappedRoutes).Except(["*"]))
        {
            Assert.True(WebAppHosting.IsClientRoute("/" + path),
                $"router.tsx has {path}, but the server answers it with a 404: add it to WebAppHosting.StaticClientRoutes (or, with parameters, map it in MapWebApp)");
        }
    }

    [Fact]
    public void EveryPathTheServerAnswersWithA200IsARouteOfTheApp()
    {
        var paths = RouterPaths();

        foreach (var path in WebAppHosting.StaticClientRoutes.Where(p => p != "/"))
        {
            Assert.True(paths.Contains(path.TrimStart('/')), $"WebAppHosting.StaticClientRoutes has {path}, which router.tsx does not");
        }
    }

    [GeneratedRegex(@"\bpath: '([^']+)'")]
    private static partial Regex RoutePath();
}
