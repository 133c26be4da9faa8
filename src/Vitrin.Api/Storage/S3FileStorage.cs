using System.Net;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Vitrin.Api.Storage;

/// <summary>Files in an S3-compatible bucket (MinIO in the seed's deployment), addressed path-style.</summary>
public sealed class S3FileStorage : IFileStorage, IDisposable
{
    private const string CacheControl = "public, max-age=31536000, immutable";
    private readonly AmazonS3Client _client;
    private readonly string _bucket;
    private readonly string? _publicBase;

    public S3FileStorage(S3StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ServiceUrl))
        {
            throw new InvalidOperationException("Storage:S3:ServiceUrl is required when Storage:Provider is S3.");
        }

        var config = new AmazonS3Config
        {
            ServiceURL = options.ServiceUrl,
            ForcePathStyle = true,
            AuthenticationRegion = options.Region,
            // Checksums only where S3 requires them: MinIO and other S3-compatible stores lag behind AWS's newer defaults.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            Timeout = TimeSpan.FromSeconds(30),
        };
        AWSCredentials credentials = options.AccessKey is { Length: > 0 }
            ? new BasicAWSCredentials(options.AccessKey, options.SecretKey)
            : new AnonymousAWSCredentials();
        _client = new AmazonS3Client(credentials, config);
        _bucket = options.Bucket;
        _publicBase = string.IsNullOrWhiteSpace(options.PublicBaseUrl) ? null : options.PublicBaseUrl.TrimEnd('/');
    }

    public async Task SaveAsync(string key, byte[] content, string contentType, CancellationToken ct)
    {
        var request = new PutObjectRequest
        {
            BucketName = _bucket,
            Key = key,
            InputStream = new MemoryStream(content, writable: false),
            ContentType = contentType,
            UseChunkEncoding = false,
        };
        request.Headers.CacheControl = CacheControl;
        await CallAsync(() => _client.PutObjectAsync(request, ct));
    }

    public async Task<StoredFile?> OpenAsync(string key, CancellationToken ct)
    {
        try
        {
            var response = await CallAsync(() => _client.GetObjectAsync(new GetObjectRequest { BucketName = _bucket, Key = key }, ct));
            return new StoredFile(response.ResponseStream, response.ContentLength, response.Headers.ContentType ?? ContentTypes.For(key),
                response.LastModified is { } modified ? new DateTimeOffset(modified.ToUniversalTime()) : DateTimeOffset.UtcNow);
        }
        catch (StorageUnavailableException e) when (e.InnerException is AmazonS3Exception { StatusCode: HttpStatusCode.NotFound })
        {
            return null;
        }
    }

    public Task DeleteAsync(string key, CancellationToken ct) =>
        CallAsync(() => _client.DeleteObjectAsync(new DeleteObjectRequest { BucketName = _bucket, Key = key }, ct));

    public async IAsyncEnumerable<StoredFileInfo> ListAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var request = new ListObjectsV2Request { BucketName = _bucket, MaxKeys = 1000 };
        while (true)
        {
            var page = await CallAsync(() => _client.ListObjectsV2Async(request, ct));
            foreach (var o in page.S3Objects ?? [])
            {
                yield return new StoredFileInfo(o.Key, o.LastModified is { } modified ? modified.ToUniversalTime() : DateTimeOffset.UtcNow);
            }

            if (page.IsTruncated != true || page.NextContinuationToken is null)
            {
                yield break;
            }

            request.ContinuationToken = page.NextContinuationToken;
        }
    }

    public Uri? PublicUrl(string key) => _publicBase is null ? null : new Uri($"{_publicBase}/{key}");

    public void Dispose() => _client.Dispose();

    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is AmazonServiceException or AmazonClientException or HttpRequestException or IOException)
        {
            throw new StorageUnavailableException($"The object store failed: {e.Message}", e);
        }
    }
}
