namespace Vitrin.Api.Infrastructure;

/// <summary>
/// The one folder the embedded default writes to (SQLite file, uploads, generated keys, email
/// pickup): <c>--data-dir</c>, else <c>Vitrin:DataDirectory</c> (env <c>Vitrin__DataDirectory</c>), else ./data.
/// </summary>
public sealed class DataDirectory
{
    public DataDirectory(IConfiguration configuration)
    {
        var configured = configuration["data-dir"] ?? configuration["Vitrin:DataDirectory"] ?? "data";
        Path = System.IO.Path.GetFullPath(configured);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A sub-folder of the data directory, created on first use.</summary>
    public string Folder(string name)
    {
        var folder = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
