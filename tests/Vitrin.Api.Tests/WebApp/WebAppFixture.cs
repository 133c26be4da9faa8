using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.WebApp;

/// <summary>An API instance serving a small stand-in for the web app's production build.</summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    public const string AssetPath = "/assets/index-Ab12Cd34.js";

    /// <summary>The site's configured public address (Email:AppUrl), which absolute links use.</summary>
    public const string PublicOrigin = "https://vitrin.example";
    private readonly string _root = Directory.CreateTempSubdirectory("vitrin-webapp-").FullName;

    public VitrinApp App { get; private set; } = null!;

    public string Root => _root;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_root, "assets"));
        await File.WriteAllTextAsync(Path.Combine(_root, "index.html"), """
            <!doctype html>
            <html lang="en">
              <head>
                <!--vitrin:meta--><title>Vitrin</title>
                <meta name="description" content="default" /><!--/vitrin:meta-->
                <script type="module" crossorigin src="/assets/index-Ab12Cd34.js"></script>
              </head>
              <body><div id="root"></div></body>
            </html>
            """);
        await File.WriteAllTextAsync(Path.Combine(_root, "assets", "index-Ab12Cd34.js"), "console.log('app');");
        await File.WriteAllTextAsync(Path.Combine(_root, "theme-init.js"), "/* theme */");
        App = new VitrinApp().WithSettings(("WebApp:RootPath", _root), ("Email:AppUrl", PublicOrigin + "/"));
        await App.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class WebAppGroup : ICollectionFixture<WebAppFixture>
{
    public const string Name = "WebApp";
}
