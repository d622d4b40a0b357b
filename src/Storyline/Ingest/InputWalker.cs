using Storyline.Ingest.Feeds;
using Storyline.Ingest.JsonLines;

namespace Storyline.Ingest;

/// <summary>
/// Walks the paths a user gave (files, folders recursively in name order, <c>-</c> for standard input) and yields
/// every document and every failure, file after file, so that one bad file costs only itself.
/// </summary>
public sealed class InputWalker(IngestOptions options)
{
    /// <summary>Files in folders that no reader takes (images, notes); counted, not failed.</summary>
    public int Skipped { get; private set; }

    public IEnumerable<IngestItem> Walk(IEnumerable<string> paths, Func<Stream>? stdin = null)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                foreach (var item in ReadStdin(stdin ?? Console.OpenStandardInput))
                {
                    yield return item;
                }
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in FilesUnder(path))
                {
                    if (FormatSniffer.FromExtension(file) == InputFormat.Unknown)
                    {
                        Skipped++;
                        continue;
                    }

                    foreach (var item in ReadFile(file))
                    {
                        yield return item;
                    }
                }
            }
            else if (File.Exists(path))
            {
                foreach (var item in ReadFile(path))
                {
                    yield return item;
                }
            }
            else
            {
                yield return new IngestFailure(path, null, "no such file or directory");
            }
        }
    }

    public IEnumerable<IngestItem> ReadFile(string path)
    {
        var format = FormatSniffer.FromExtension(path);
        if (format == InputFormat.JsonLines)
        {
            return ReadJsonLines(path);
        }

        if (DocumentBytes.TryRead(path, options, out var bytes) is { } failure)
        {
            return [failure];
        }

        return Read(path, bytes, format == InputFormat.Unknown ? FormatSniffer.FromContent(bytes) : format);
    }

    private IEnumerable<IngestItem> ReadJsonLines(string path)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return [new IngestFailure(path, null, e is UnauthorizedAccessException ? "cannot read: permission denied" : $"cannot read: {e.Message}")];
        }

        return WithStream(stream, s => JsonLinesReader.Read(path, s, options));
    }

    private IEnumerable<IngestItem> ReadStdin(Func<Stream> open)
    {
        using var input = open();
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        var bytes = buffer.ToArray();
        if (bytes.LongLength > options.MaxBytes && FormatSniffer.FromContent(bytes) != InputFormat.JsonLines)
        {
            return [new IngestFailure("-", null, $"input is {DocumentBytes.Megabytes(bytes.LongLength)}, over the limit (--max-size)")];
        }

        var format = FormatSniffer.FromContent(bytes);
        if (format == InputFormat.JsonLines)
        {
            return JsonLinesReader.Read("-", new MemoryStream(bytes), options).ToList();
        }

        return DocumentBytes.Check("-", bytes) is { } failure ? [failure] : Read("-", bytes, format);
    }

    private static IEnumerable<IngestItem> Read(string source, byte[] bytes, InputFormat format) => format switch
    {
        InputFormat.Html => SingleDocumentReader.Read(source, bytes, ContentKind.Html),
        InputFormat.Feed => FeedReader.Read(source, bytes),
        InputFormat.Json => JsonArrayReader.Read(source, bytes),
        _ => SingleDocumentReader.Read(source, bytes, ContentKind.Text),
    };

    private static IEnumerable<IngestItem> WithStream(Stream stream, Func<Stream, IEnumerable<IngestItem>> read)
    {
        using (stream)
        {
            foreach (var item in read(stream))
            {
                yield return item;
            }
        }
    }

    // Depth first, each folder's entries in ordinal order: the same order on every machine, and memory bounded by the
    // largest folder rather than by the whole tree (a flat sort of every path would hold them all).
    private static IEnumerable<string> FilesUnder(string folder)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        foreach (var file in Directory.EnumerateFiles(folder, "*", options).Order(StringComparer.Ordinal))
        {
            yield return file;
        }

        foreach (var sub in Directory.EnumerateDirectories(folder, "*", options).Order(StringComparer.Ordinal))
        {
            foreach (var file in FilesUnder(sub))
            {
                yield return file;
            }
        }
    }
}
