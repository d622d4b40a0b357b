using Storyline.Ingest.Charsets;

namespace Storyline.Ingest;

/// <summary>Reads a file's bytes within the size limit, and rejects empty and binary files with a reason.</summary>
public static class DocumentBytes
{
    public static IngestFailure? TryRead(string path, IngestOptions options, out byte[] bytes)
    {
        bytes = [];
        try
        {
            var info = new FileInfo(path);
            if (info.Length > options.MaxBytes)
            {
                return new(path, null, $"file is {Megabytes(info.Length)}, over the {Megabytes(options.MaxBytes)} limit (--max-size)");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException)
        {
            return new(path, null, "cannot read: permission denied");
        }
        catch (IOException e)
        {
            return new(path, null, $"cannot read: {e.Message}");
        }

        return Check(path, bytes);
    }

    /// <summary>Rejects content that is empty or not text.</summary>
    public static IngestFailure? Check(string source, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return new(source, null, "empty file");
        }

        return BinarySniffer.Describe(bytes) is { } binary ? new(source, null, $"not text: looks like a {binary}") : null;
    }

    public static string Megabytes(long bytes) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.#} MB");
}
