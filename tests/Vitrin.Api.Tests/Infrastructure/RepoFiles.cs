namespace Vitrin.Api.Tests.Infrastructure;

/// <summary>Files of the repository the tests read (the web app's sources, the S3 stand-in's package).</summary>
public static class RepoFiles
{
    /// <summary>The folder holding Vitrin.slnx, found above the test binaries.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vitrin.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Vitrin.slnx) above the test binaries.");
    }
}
