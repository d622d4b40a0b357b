using Storyline.Duplicates;
using Storyline.Entities;
using Storyline.Figures;
using Storyline.Ingest.Html;
using Storyline.Languages;
using Storyline.Quotes;
using Storyline.Storage;
using Storyline.Stories;
using Storyline.Text;

namespace Storyline;

/// <summary>
/// The whole flow from a raw document to a stored article:
/// 1 ingest (readers, outside) → 2 normalise → 3 boilerplate → 4 language → 5 entities → 6 figures → 7 quotes → 10 store,
/// then 8 duplicates and 9 stories over the store (see <see cref="RunAsync"/>).
/// </summary>
public sealed class Pipeline(PipelineOptions options, LanguageResources resources, LanguageIdentifier languages, EntityRecognizer entities)
{
    private readonly TextNormalizer normalizer = new();
    private readonly HtmlArticleExtractor html = new();
    private readonly BoilerplateRemover boilerplate = new(resources.AllBoilerplate());

    public Pipeline()
        : this(new PipelineOptions(), LanguageResources.Embedded, new LanguageIdentifier(), EntityRecognizer.Default)
    {
    }

    public PipelineOptions Options => options;

    /// <summary>The id a document will have; computed before analysis so that known content is skipped cheaply.</summary>
    public static string IdentityOf(RawDocument document) => ArticleIdentity.For(document.Url, document.Content);

    /// <summary>Analyses one document. Pure: safe to call in parallel.</summary>
    public Article Analyze(RawDocument document, string? id = null)
    {
        // 2 normalise, 3 boilerplate
        var (title, page, cleaned) = CleanDocument(document);
        var removed = (page?.Removed ?? []).Select(r => r with { Text = normalizer.Normalize(r.Text) }).Concat(cleaned.Removed).ToList();

        // 4 language, for the article and per paragraph (and per quotation)
        var languagesFound = languages.IdentifyArticle(cleaned.Kept, document.DeclaredLanguage ?? page?.Language);

        // 5 entities, in the clean text only: nothing from removed boilerplate
        var text = string.Join(ParagraphSeparator, cleaned.Kept);
        var named = entities.Recognize(text, languagesFound.Main.Code);

        // 6 figures, read with the entities they are about; relative dates resolve against the publication date
        var published = document.Published ?? page?.Published;
        var figures = FigureRecognizer.Default.Recognize(text, languagesFound.Main.Code, named, published);

        // 7 quotes, with speakers among the entities
        var quotes = QuoteRecognizer.Default.Recognize(text, languagesFound.Main.Code, named);

        // 10 store: the caller writes the article in a batch
        return new Article
        {
            Id = id ?? IdentityOf(document),
            Source = document.Source,
            Url = document.Url ?? page?.CanonicalUrl,
            Language = languagesFound.Main.Code,
            LanguageConfidence = languagesFound.Main.Confidence,
            Title = title,
            Published = published,
            Author = Clean(document.Author) ?? Clean(page?.Author),
            SiteName = Clean(document.SiteName) ?? Clean(page?.SiteName),
            Text = text,
            Entities = named,
            Figures = figures,
            Quotes = quotes,
            Removed = removed,
            ForeignSpans = ForeignSpans(cleaned.Kept, languagesFound.Foreign),
            RawHash = document.RawHash,
        };
    }

    /// <summary>Steps 2 and 3 only, for an HTML page: its clean main text, as the boilerplate benchmarks score it.</summary>
    public string Clean(string html, string? url) =>
        string.Join(ParagraphSeparator, CleanDocument(new RawDocument("-", ContentKind.Html, html, "") { Url = url }).Cleaned.Kept);

    /// <summary>
    /// Reads, analyses and stores documents in batches (see <see cref="IngestRun"/>), then brings the duplicate index up to
    /// date: step 8 reads what the store holds, so articles an interrupted run stored are indexed too.
    /// </summary>
    public async Task<IngestSummary> RunAsync(
        IEnumerable<IngestItem> items, IArticleStore store, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var summary = await new IngestRun(this, store, progress).RunAsync(items, cancellationToken).ConfigureAwait(false);

        // 8 duplicates: copies, rewrites and translations of what the store already holds
        var (_, pairs) = await new DuplicateIndex(store).UpdateAsync(Step(IngestStep.Duplicates), cancellationToken).ConfigureAwait(false);

        // 9 stories: each new article joins the story it belongs to or starts one, in arrival order
        var (_, started) = await new StoryIndex(store).UpdateAsync(cancellationToken, Step(IngestStep.Stories)).ConfigureAwait(false);
        return summary with { Duplicates = pairs, StoriesStarted = started, Elapsed = clock.Elapsed };

        // The steps after the documents are stored take a while on a large run: their progress goes on the same line.
        IProgress<int>? Step(IngestStep step) => progress is null ? null : new StepProgress(progress, summary, step);
    }

    // Reports the step's start (none indexed yet) when made, then each count the index reports.
    private sealed class StepProgress : IProgress<int>
    {
        private readonly IProgress<IngestProgress> progress;
        private readonly IngestSummary summary;
        private readonly IngestStep step;

        public StepProgress(IProgress<IngestProgress> progress, IngestSummary summary, IngestStep step)
        {
            (this.progress, this.summary, this.step) = (progress, summary, step);
            Report(0);
        }

        public void Report(int value) => progress.Report(new IngestProgress(
            summary.Added + summary.Unchanged + summary.Failures.Count, summary.Added, summary.Unchanged, summary.Failures.Count, null, step, value));
    }

    /// <summary>Paragraphs in <see cref="Article.Text"/> are separated by a blank line.</summary>
    public const string ParagraphSeparator = "\n\n";

    // 2 normalise (for HTML, extract the main content first; a title repeated as the first paragraph goes), 3 boilerplate.
    private (string? Title, HtmlPage? Page, BoilerplateResult Cleaned) CleanDocument(RawDocument document)
    {
        var page = document.Kind == ContentKind.Html ? html.Extract(document.Content, document.Url) : null;
        var title = Clean(document.Title) ?? Clean(page?.Title);
        var blocks = document.Kind switch
        {
            ContentKind.Html => page!.Paragraphs,
            ContentKind.HtmlFragment => HtmlFragmentText.Paragraphs(document.Content),
            _ => null,
        };
        var paragraphs = blocks is null
            ? normalizer.Paragraphs(document.Content)
            : blocks.Select(b => normalizer.Normalize(b).Trim()).Where(p => p.Length > 0).ToList();
        paragraphs = TakeTitle(paragraphs, ref title, fromFirstLine: document.Kind == ContentKind.Text && document.Title is null);
        return (title, page, boilerplate.Remove(paragraphs));
    }

    private string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : normalizer.Normalize(value).Replace('\n', ' ').Trim();

    // A plain-text article's first line is its title when it reads like one; a title repeated as the first paragraph is dropped.
    private static List<string> TakeTitle(IReadOnlyList<string> paragraphs, ref string? title, bool fromFirstLine)
    {
        var list = paragraphs.ToList();
        if (list.Count == 0)
        {
            return list;
        }

        if (title is not null && string.Equals(list[0], title, StringComparison.OrdinalIgnoreCase))
        {
            list.RemoveAt(0);
        }
        else if (fromFirstLine && list.Count > 1 && ParagraphShape.IsHeadline(list[0], maxWords: 25))
        {
            title = list[0];
            list.RemoveAt(0);
        }

        return list;
    }

    private static IReadOnlyList<LanguageSpan> ForeignSpans(IReadOnlyList<string> kept, IReadOnlyList<ForeignParagraph> foreign)
    {
        if (foreign.Count == 0)
        {
            return [];
        }

        var starts = new int[kept.Count];
        for (int i = 1; i < kept.Count; i++)
        {
            starts[i] = starts[i - 1] + kept[i - 1].Length + ParagraphSeparator.Length;
        }

        return foreign.Select(f => new LanguageSpan(
            starts[f.Index] + f.Start, f.Length < 0 ? kept[f.Index].Length : f.Length, f.Code, f.Confidence)).ToList();
    }
}
