using System.Diagnostics;
using System.Globalization;
using Storyline.Text;

namespace Storyline.Evaluation.Language;

/// <summary>
/// Scores <see cref="LanguageIdentifier"/> on labelled texts, whole or cut to short snippets, for <c>storyline eval language PATH</c>
/// and for the accuracy floors in the tests.
/// </summary>
public sealed class LanguageEvaluation(LanguageIdentifier identifier)
{
    /// <summary>Reads <paramref name="path"/> (see <see cref="LanguageGoldReader.Read"/>) and scores it.</summary>
    public LanguageEvaluationResult Evaluate(string path, int? snippetChars = null) =>
        Evaluate(LanguageGoldReader.Read(path), snippetChars);

    /// <summary>Identifies each text (or its first <paramref name="snippetChars"/> characters) and compares with the gold language.</summary>
    public LanguageEvaluationResult Evaluate(IEnumerable<LanguageSample> samples, int? snippetChars = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var texts = samples
            .Select(s => (s.Language, Text: snippetChars is { } n ? Snippet.Cut(s.Text, n) : s.Text))
            .ToList();
        var predictions = new string[texts.Count];
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < texts.Count; i++)
        {
            predictions[i] = identifier.Identify(texts[i].Text).Code;
        }

        var elapsed = stopwatch.Elapsed;
        var support = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var correct = new Dictionary<string, int>(StringComparer.Ordinal);
        var confusions = new Dictionary<(string Expected, string Predicted), int>();
        for (var i = 0; i < texts.Count; i++)
        {
            var expected = texts[i].Language;
            support[expected] = support.GetValueOrDefault(expected) + 1;
            if (string.Equals(expected, predictions[i], StringComparison.Ordinal))
            {
                correct[expected] = correct.GetValueOrDefault(expected) + 1;
            }
            else
            {
                confusions[(expected, predictions[i])] = confusions.GetValueOrDefault((expected, predictions[i])) + 1;
            }
        }

        return new LanguageEvaluationResult(
            [.. support.Select(kv => new LanguageScore(kv.Key, kv.Value, correct.GetValueOrDefault(kv.Key)))],
            [.. confusions
                .OrderByDescending(kv => kv.Value)
                .ThenBy(kv => kv.Key.Expected, StringComparer.Ordinal)
                .ThenBy(kv => kv.Key.Predicted, StringComparer.Ordinal)
                .Select(kv => new LanguageConfusion(kv.Key.Expected, kv.Key.Predicted, kv.Value))],
            snippetChars,
            elapsed,
            texts.Sum(t => (long)t.Text.Length));
    }

    /// <summary>A plain-text table: one row per language with support and accuracy, the micro average, speed and top confusions.</summary>
    public static void Write(LanguageEvaluationResult result, TextWriter writer, int maxConfusions = 10)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var inv = CultureInfo.InvariantCulture;
        var mode = result.SnippetChars is { } n ? string.Create(inv, $"snippets of at most {n} characters") : "whole texts";
        writer.WriteLine($"Language identification on {mode}");
        writer.WriteLine(string.Create(inv, $"{"language",-10}{"support",9}{"correct",9}{"accuracy",10}"));
        foreach (var score in result.PerLanguage)
        {
            writer.WriteLine(string.Create(inv, $"{score.Language,-10}{score.Support,9}{score.Correct,9}{score.Accuracy * 100,9:F2}%"));
        }

        writer.WriteLine(string.Create(inv, $"{"all",-10}{result.Support,9}{result.Correct,9}{result.Accuracy * 100,9:F2}%"));
        var seconds = Math.Max(result.Elapsed.TotalSeconds, 1e-9);
        writer.WriteLine(string.Create(
            inv, $"speed: {result.Support / seconds:F0} texts/s, {result.Characters / seconds / 1e6:F2} M chars/s (one thread)"));
        if (result.Confusions.Count > 0)
        {
            writer.WriteLine("confusions: " + string.Join(
                ", ", result.Confusions.Take(maxConfusions).Select(c => string.Create(inv, $"{c.Expected}→{c.Predicted} {c.Count}"))));
        }
    }
}
