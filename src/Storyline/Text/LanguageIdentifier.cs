using Lingua;

namespace Storyline.Text;

/// <summary>Interim identifier (Lingua, low accuracy); replaced by the measured one.</summary>
public sealed class LanguageIdentifier
{
    private readonly LanguageDetector detector = LanguageDetectorBuilder.FromAllLanguages().WithLowAccuracyMode().Build();

    public LanguageGuess Identify(string text)
    {
        var values = detector.ComputeLanguageConfidenceValues(text);
        var best = values.MaxBy(v => v.Value);
        return best.Value <= 0 ? new("und", 0) : new(best.Key.IsoCode6391().ToString().ToLowerInvariant(), best.Value);
    }

    public ArticleLanguages IdentifyArticle(IReadOnlyList<string> paragraphs, string? declared = null)
    {
        var main = Identify(string.Join("\n", paragraphs));
        var foreign = new List<ParagraphLanguage>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].Length < 60)
            {
                continue;
            }

            var guess = Identify(paragraphs[i]);
            if (guess.Code != main.Code && guess.Code != "und" && guess.Confidence > 0.8)
            {
                foreign.Add(new ParagraphLanguage(i, guess.Code, guess.Confidence));
            }
        }

        return new(main, foreign);
    }
}
