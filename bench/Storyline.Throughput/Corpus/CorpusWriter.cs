using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Storyline.Throughput.Corpus;

/// <summary>
/// Writes N articles in one format to a folder, one article at a time: the corpus is never held in memory, so a
/// 100,000-article run costs disk, not RAM.
/// </summary>
public sealed class CorpusWriter(IReadOnlyList<LanguageVocabulary> vocabularies, string? realPagesFolder)
{
    // Subfolders of 1,000 files, as crawlers store pages; a single folder of 100,000 files is slow to list on some file systems.
    private const int FilesPerFolder = 1_000;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Real dumps keep accents as UTF-8; the default encoder would write é as \u00e9 and make the input unrealistically ASCII.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public GeneratedCorpus Write(CorpusFormat format, int count, string folder, IProgress<int>? progress = null)
    {
        Directory.CreateDirectory(folder);
        var clock = Stopwatch.StartNew();
        var (bytes, description) = format switch
        {
            CorpusFormat.Jsonl => (WriteJsonLines(count, folder, progress), "generated articles, one JSON Lines file"),
            CorpusFormat.Text => (WriteFiles(count, folder, ".txt", progress, (a, _) => PlainText(a)), "generated articles, one .txt each"),
            CorpusFormat.Html => (WriteHtml(count, folder, progress), "generated 30-80 KB pages with site chrome"),
            CorpusFormat.RealHtml => WriteRealPages(count, folder, progress),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
        return new GeneratedCorpus(folder, format, count, bytes, description, clock.Elapsed);
    }

    private long WriteJsonLines(int count, string folder, IProgress<int>? progress)
    {
        var generator = new ArticleGenerator(vocabularies);
        var path = Path.Combine(folder, "articles.jsonl");
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var newline = "\n"u8.ToArray();
            for (var i = 0; i < count; i++)
            {
                var article = generator.Next();
                using (var json = new Utf8JsonWriter(stream, JsonOptions))
                {
                    json.WriteStartObject();
                    json.WriteString("url", article.Url);
                    json.WriteString("title", article.Title);
                    json.WriteString("published", article.Published.ToString("O", CultureInfo.InvariantCulture));
                    json.WriteString("site", article.SiteName);
                    json.WriteString("author", article.Author);
                    json.WriteString("text", string.Join("\n\n", article.ReadingOrder()));
                    json.WriteEndObject();
                }

                stream.Write(newline);
                Report(progress, i + 1);
            }
        }

        return new FileInfo(path).Length;
    }

    private long WriteHtml(int count, string folder, IProgress<int>? progress)
    {
        var renderer = new HtmlPageRenderer();
        var byCode = vocabularies.ToDictionary(v => v.Code, StringComparer.Ordinal);
        return WriteFiles(count, folder, ".html", progress, (a, _) => renderer.Render(a, byCode[a.Language]));
    }

    private long WriteFiles(int count, string folder, string extension, IProgress<int>? progress, Func<GeneratedArticle, int, string> render)
    {
        var generator = new ArticleGenerator(vocabularies);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var content = Utf8.GetBytes(render(generator.Next(), i));
            File.WriteAllBytes(FilePath(folder, i, extension), content);
            bytes += content.Length;
            Report(progress, i + 1);
        }

        return bytes;
    }

    private (long Bytes, string Description) WriteRealPages(int count, string folder, IProgress<int>? progress)
    {
        if (realPagesFolder is null || !Directory.Exists(realPagesFolder))
        {
            throw new InvalidOperationException("real-html needs the trafilatura eval pages (../shared/eval/boilerplate-trafilatura/tests/eval/*.html)");
        }

        var pages = Directory.GetFiles(realPagesFolder, "*.html").Order(StringComparer.Ordinal).ToArray();
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            // Each copy gets a unique trailing comment so its bytes, and so its article id, differ: otherwise every
            // cycle after the first would be skipped as already stored and the run would measure nothing.
            var original = File.ReadAllBytes(pages[i % pages.Length]);
            var marker = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"\n<!-- storyline bench copy {i} -->\n"));
            using (var output = File.Create(FilePath(folder, i, ".html")))
            {
                output.Write(original);
                output.Write(marker);
            }

            bytes += original.Length + marker.Length;
            Report(progress, i + 1);
        }

        return (bytes, string.Create(CultureInfo.InvariantCulture, $"{pages.Length} real pages (trafilatura eval set), cycled"));
    }

    private static string PlainText(GeneratedArticle article) =>
        article.Title + "\n\n" + string.Join("\n\n", article.ReadingOrder()) + "\n";

    private static string FilePath(string folder, int index, string extension)
    {
        var sub = Path.Combine(folder, (index / FilesPerFolder).ToString("D4", CultureInfo.InvariantCulture));
        if (index % FilesPerFolder == 0)
        {
            Directory.CreateDirectory(sub);
        }

        return Path.Combine(sub, (index + 1).ToString("D6", CultureInfo.InvariantCulture) + extension);
    }

    private static void Report(IProgress<int>? progress, int done)
    {
        if (done % 10_000 == 0)
        {
            progress?.Report(done);
        }
    }
}
