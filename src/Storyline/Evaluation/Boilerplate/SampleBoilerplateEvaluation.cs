using Storyline.Ingest;
using Storyline.Text;

namespace Storyline.Evaluation.Boilerplate;

/// <summary>
/// Runs the whole pipeline (read, decode, extract, normalise, remove boilerplate) over the files the gold labels and
/// scores each article's clean text against the gold main text with <see cref="BoilerplateTokenScorer"/>.
/// A gold article the pipeline did not produce counts as all its tokens missed.
/// </summary>
public sealed class SampleBoilerplateEvaluation(Pipeline pipeline)
{
    public SampleBoilerplateResult Evaluate(string goldPath, string? corpus = null)
    {
        var gold = GoldArticleReader.Read(goldPath);
        corpus ??= GoldArticleReader.FindCorpus(goldPath) ?? throw new InvalidDataException($"no corpus folder found above {goldPath}; pass one");
        var produced = Produce(corpus, gold.Select(g => g.File).Distinct(StringComparer.Ordinal));
        var scorer = new BoilerplateTokenScorer();
        var perLanguage = new SortedDictionary<string, ConfusionMatrix>(StringComparer.Ordinal);
        var total = ConfusionMatrix.Zero;
        int missing = 0, labelled = 0, leaked = 0, titles = 0, titlesRight = 0;
        var leaks = new List<string>();
        foreach (var expected in gold)
        {
            produced.TryGetValue(GoldArticleReader.KeyOf(expected.File, expected.Url), out var article);
            missing += article is null ? 1 : 0;
            var matrix = scorer.Score(article?.Text ?? "", expected.Text);
            perLanguage[expected.Language] = perLanguage.GetValueOrDefault(expected.Language, ConfusionMatrix.Zero) + matrix;
            total += matrix;
            foreach (var boilerplate in expected.Removed.Where(r => r.Length > 0))
            {
                labelled++;
                if (article is not null && Collapse(article.Text).Contains(Collapse(boilerplate), StringComparison.Ordinal))
                {
                    leaked++;
                    leaks.Add($"{expected.Id}: {boilerplate}");
                }
            }

            if (expected.Title is not null)
            {
                titles++;
                titlesRight += string.Equals(Collapse(expected.Title), Collapse(article?.Title ?? ""), StringComparison.Ordinal) ? 1 : 0;
            }
        }

        return new SampleBoilerplateResult(perLanguage, total, gold.Count, missing, labelled, leaked, titles, titlesRight, leaks);
    }

    private Dictionary<string, Article> Produce(string corpus, IEnumerable<string> files)
    {
        var walker = new InputWalker(pipeline.Options.Ingest);
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var item in walker.ReadFile(Path.Combine(corpus, file)))
            {
                if (item.Document is { } document)
                {
                    articles[GoldArticleReader.KeyOf(file, document.Url)] = pipeline.Analyze(document);
                }
            }
        }

        return articles;
    }

    private static string Collapse(string text) => Whitespace.Collapse(text);
}
