using Storyline.Text;

namespace Storyline.Evaluation.Boilerplate;

/// <summary>
/// Scores one page as trafilatura's <c>count_item</c> does: each whitespace-normalised <c>with</c> snippet found in the
/// whitespace-normalised output is a true positive (else a false negative), each <c>without</c> snippet found a false
/// positive (else a true negative). The match is an ordinal substring test, case-sensitive like Python's <c>in</c>.
/// </summary>
public static class SnippetMatcher
{
    public static ConfusionMatrix Count(TrafilaturaCase page, string? extracted)
    {
        if (extracted is null)
        {
            return new ConfusionMatrix(0, 0, page.With.Count, page.Without.Count);
        }

        var text = Normalize(extracted);
        var found = page.With.Count(w => text.Contains(Normalize(w), StringComparison.Ordinal));
        var leaked = page.Without.Count(w => text.Contains(Normalize(w), StringComparison.Ordinal));
        return new ConfusionMatrix(found, leaked, page.With.Count - found, page.Without.Count - leaked);
    }

    /// <summary>Python's <c>re.sub(r"\s+", " ", text).strip()</c>: runs of whitespace become one space, ends trimmed.</summary>
    public static string Normalize(string text) => Whitespace.Collapse(text);
}
