using System.Diagnostics;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using Amazon.S3;
using Vitrin.Api.Storage;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Storage;

/// <summary>
/// A real S3-protocol server (s3rver, from npm) on loopback, for the S3 storage tests. Installed from
/// tests/s3rver/package-lock.json on first use (scripts/test.sh installs it too). Each test gets its own bucket.
/// </summary>
public sealed partial class S3rverFixture : IAsyncLifetime
{
    // s3rver's built-in credentials.
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";

    private readonly string _data = Path.Combine(Path.GetTempPath(), "vitrin-s3rver", Guid.NewGuid().ToString("N"));
    private Process? _process;

    public string ServiceUrl { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var folder = Path.Combine(RepoFiles.Root(), "tests", "s3rver");
        var bin = Path.Combine(folder, "node_modules", "s3rver", "bin", "s3rver.js");
        if (!File.Exists(bin))
        {
            await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder);
        }

        Directory.CreateDirectory(_data);
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = new Process
        {
            StartInfo = new ProcessStartInfo("node", [bin, "-d", _data, "-a", "127.0.0.1", "-p", "0", "--no-vhost-buckets"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            },
        };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && ListeningLine().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(match.Groups[1].Value);
            }
        };
        _process.ErrorDataReceived += (_, _) => { };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var port = await listening.Task.WaitAsync(TimeSpan.FromSeconds(20));
        ServiceUrl = $"http://127.0.0.1:{port}";
    }

    /// <summary>A new, empty bucket.</summary>
    public async Task<string> CreateBucketAsync()
    {
        var name = "t" + Guid.NewGuid().ToString("N")[..20];
        using var client = new AmazonS3Client(new BasicAWSCredentials(AccessKey, SecretKey),
            new AmazonS3Config { ServiceURL = ServiceUrl, ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
        await client.PutBucketAsync(name);
        return name;
    }

    public S3StorageOptions Options(string bucket, string? publicBaseUrl = null) => new()
    {
        ServiceUrl = ServiceUrl,
        Bucket = bucket,
        AccessKey = AccessKey,
        SecretKey = SecretKey,
        PublicBaseUrl = publicBaseUrl,
    };

    /// <summary>Settings that point an API instance at a bucket.</summary>
    public (string, string?)[] Settings(string bucket, string? publicBaseUrl = null) =>
    [
        ("Storage:Provider", "S3"),
        ("Storage:S3:ServiceUrl", ServiceUrl),
        ("Storage:S3:Bucket", bucket),
        ("Storage:S3:AccessKey", AccessKey),
        ("Storage:S3:SecretKey", SecretKey),
        ("Storage:S3:PublicBaseUrl", publicBaseUrl),
    ];

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // Temp folder; the OS cleans it.
        }
    }

    private static async Task RunAsync(string file, string[] args, string workingDirectory)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { WorkingDirectory = workingDirectory })
            ?? throw new InvalidOperationException($"{file} did not start.");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed with exit code {process.ExitCode}.");
        }
    }

    [GeneratedRegex(@"S3rver listening on [^:]+:(\d+)")]
    private static partial Regex ListeningLine();
}
