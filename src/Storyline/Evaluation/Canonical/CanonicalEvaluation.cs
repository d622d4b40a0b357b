using System.Globalization;
using Storyline.Entities.Names;

namespace Storyline.Evaluation.Canonical;

/// <summary>
/// Scores <see cref="NameCatalog.Resolve"/> on alias pairs, for <c>storyline eval canonical PATH</c> and the gate: a pair is
/// correct when the canonical name equals the expected one exactly (an unknown name is a miss).
/// </summary>
public sealed class CanonicalEvaluation(NameCatalog catalog)
{
    public CanonicalEvaluationResult Evaluate(string path) => Evaluate(CanonicalGoldReader.Read(path));

    public CanonicalEvaluationResult Evaluate(IEnumerable<CanonicalPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var support = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var correct = new Dictionary<string, int>(StringComparer.Ordinal);
        var misses = new List<CanonicalMiss>();
        foreach (var pair in pairs)
        {
            support[pair.Language] = support.GetValueOrDefault(pair.Language) + 1;
            var resolved = catalog.Resolve(pair.Surface, pair.Language, pair.Type)?.Name;
            if (string.Equals(resolved, pair.Expected, StringComparison.Ordinal))
            {
                correct[pair.Language] = correct.GetValueOrDefault(pair.Language) + 1;
            }
            else
            {
                misses.Add(new CanonicalMiss(pair, resolved));
            }
        }

        return new CanonicalEvaluationResult([.. support.Select(kv => new CanonicalScore(kv.Key, kv.Value, correct.GetValueOrDefault(kv.Key)))], misses);
    }

    /// <summary>A plain-text table: one row per language with support and accuracy, the micro average, then every miss.</summary>
    public static void Write(CanonicalEvaluationResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine("Canonical names");
        writer.WriteLine(string.Create(inv, $"{"language",-10}{"support",9}{"correct",9}{"accuracy",10}"));
        foreach (var score in result.PerLanguage)
        {
            writer.WriteLine(string.Create(inv, $"{score.Language,-10}{score.Support,9}{score.Correct,9}{score.Accuracy * 100,9:F2}%"));
        }

        writer.WriteLine(string.Create(inv, $"{"all",-10}{result.Support,9}{result.Correct,9}{result.Accuracy * 100,9:F2}%"));
        if (result.Misses.Count > 0)
        {
            writer.WriteLine("misses (line: surface [language] → resolved, expected):");
            foreach (var miss in result.Misses)
            {
                writer.WriteLine(string.Create(
                    inv, $"  {miss.Pair.Line}: {miss.Pair.Surface} [{miss.Pair.Language}] → {miss.Resolved ?? "(unknown)"}, expected {miss.Pair.Expected}"));
            }
        }
    }
}
