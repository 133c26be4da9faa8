namespace Vitrin.Api.Storage;

/// <summary>The file store could not be reached or written (S3 down, disk full…): answered as 503.</summary>
public sealed class StorageUnavailableException(string message, Exception inner) : Exception(message, inner);
