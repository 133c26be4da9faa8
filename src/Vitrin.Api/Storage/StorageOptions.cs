namespace Vitrin.Api.Storage;

public enum StorageProvider
{
    Local,
    S3,
}

/// <summary>Settings under <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public StorageProvider Provider { get; set; } = StorageProvider.Local;

    /// <summary>Local provider: the folder for files (default: <c>media</c> inside the data directory).</summary>
    public string? LocalPath { get; set; }

    public S3StorageOptions S3 { get; set; } = new();
}

/// <summary>Settings under <c>Storage:S3</c>: any S3-compatible store (MinIO, AWS, R2…), path-style addressing.</summary>
public sealed class S3StorageOptions
{
    /// <summary>The endpoint, e.g. <c>http://minio:9000</c>.</summary>
    public string? ServiceUrl { get; set; }
    public string Bucket { get; set; } = "vitrin";
    public string? AccessKey { get; set; }
    public string? SecretKey { get; set; }
    public string Region { get; set; } = "us-east-1";

    /// <summary>
    /// The bucket's public address (e.g. a CDN): <c>/media/{key}</c> redirects there. Unset, the API
    /// streams objects from the bucket itself.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
