using System.Text.RegularExpressions;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.WebApp;

namespace Vitrin.Api.Tests.WebApp;

/// <summary>The server's copy of the app's routes (which paths get a 200) against web/src/app/router.tsx itself.</summary>
public sealed partial class ClientRouteTests
{
    /// <summary>The routes ShareTags answers as endpoints of their own (a 404 for what does not exist).</summary>
    private static readonly string[] SharePages = ["p/:slug", "c/:slug", "t/:tag", "u/:username/:tab?"];

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

        Assert.Subset(paths.ToHashSet(), SharePages.ToHashSet());
        Assert.Contains("*", paths);
        Assert.True(WebAppHosting.IsClientRoute("/"));
        foreach (var path in paths.Except(SharePages).Except(["*"]))
        {
            var sample = "/" + Parameter().Replace(path, "x1");
            Assert.True(WebAppHosting.IsClientRoute(sample), $"router.tsx has {path}, but the server answers {sample} with a 404: add it to WebAppHosting.StaticClientRoutes");
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

    [GeneratedRegex(@":[A-Za-z]+\??")]
    private static partial Regex Parameter();
}
