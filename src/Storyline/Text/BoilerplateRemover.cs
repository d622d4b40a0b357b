using Storyline.Languages;

namespace Storyline.Text;

/// <summary>
/// Removes boilerplate paragraphs from running text (plain text, or the blocks an HTML extractor kept):
/// navigation, "read more" blocks and the headlines they list, share, cookie, newsletter and advertising lines,
/// copyright and photo credits, and source-attribution trailers. Cue phrases come from every language's
/// <c>boilerplate.txt</c>, because boilerplate is often in another language than the article; the shape rules
/// (a tail of headlines, a link trailer) need no language at all.
/// </summary>
public sealed class BoilerplateRemover(BoilerplateCues cues)
{
    // A cue line is short; a long paragraph that happens to start with "Source:" or mention cookies is content.
    private const int MaxCueWords = 30;
    private const int MaxPhraseWords = 12;

    // "Source : AFP", "Dieser Artikel erschien zuerst bei ...": an attribution names a source and stops.
    private const int MaxAttributionWords = 15;

    /// <summary>How many paragraphs from the end a bare link line counts as a trailer.</summary>
    private const int TrailerWindow = 3;

    public BoilerplateResult Remove(IReadOnlyList<string> paragraphs)
    {
        var reasons = new string?[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            reasons[i] = Classify(paragraphs[i], paragraphs.Count - 1 - i);
        }

        MarkHeadlinesAfterCues(paragraphs, reasons);
        MarkRelatedTail(paragraphs, reasons);

        var kept = new List<string>(paragraphs.Count);
        var removed = new List<RemovedSpan>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (reasons[i] is { } reason)
            {
                removed.Add(new RemovedSpan(paragraphs[i], reason));
            }
            else
            {
                kept.Add(paragraphs[i]);
            }
        }

        return new BoilerplateResult(kept, removed);
    }

    private string? Classify(string paragraph, int fromEnd)
    {
        var words = ParagraphShape.Words(paragraph);
        if (words == 0)
        {
            return ParagraphShape.HasUrl(paragraph) ? "link" : paragraph.Length <= 3 ? "navigation" : null;
        }

        var lower = paragraph.ToLowerInvariant();
        if (IsNavigation(lower))
        {
            return "navigation";
        }

        if (words <= MaxCueWords)
        {
            if (StartsWithCue(lower, "read-more"))
            {
                return "read-more";
            }

            if (words <= MaxAttributionWords && StartsWithCue(lower, "attribution"))
            {
                return "attribution";
            }

            foreach (var kind in (ReadOnlySpan<string>)["cookie", "newsletter", "copyright", "caption"])
            {
                if (StartsWithCue(lower, kind) || (words <= MaxPhraseWords && ContainsCue(lower, kind)))
                {
                    return kind;
                }
            }

            foreach (var kind in (ReadOnlySpan<string>)["share", "advertising"])
            {
                // "Werbung" or "partager" inside a sentence is content; only a line that is (nearly) just the cue is chrome.
                if (StartsWithCue(lower, kind) && words <= MaxPhraseWords / 2 || IsOnlyCues(lower, kind))
                {
                    return kind;
                }
            }
        }

        if (fromEnd < TrailerWindow && ParagraphShape.HasUrl(paragraph) && words <= 15)
        {
            return "attribution";
        }

        return lower.StartsWith('©') && words <= MaxCueWords ? "copyright" : null;
    }

    // "Zurück", "« Previous | Next »", "Home > News > Tech": only navigation words and separators.
    private bool IsNavigation(string lower)
    {
        var navigation = cues["navigation"];
        var rest = lower.Trim(' ', '«', '»', '‹', '›', '<', '>', '|', '/', '·', '-', '–', '—', '→', '←', '.', ':');
        if (rest.Length == 0 || rest.Length > 60)
        {
            return false;
        }

        foreach (var part in rest.Split(['|', '·', '/', '>', '<', '«', '»', '‹', '›', '→', '←', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!navigation.Contains(part) && !words.All(navigation.Contains))
            {
                return false;
            }
        }

        return true;
    }

    private bool StartsWithCue(string lower, string kind)
    {
        foreach (var cue in cues[kind])
        {
            if (lower.StartsWith(cue, StringComparison.Ordinal) && (lower.Length == cue.Length || !char.IsLetterOrDigit(lower[cue.Length]) || !char.IsLetterOrDigit(cue[^1])))
            {
                return true;
            }
        }

        return false;
    }

    private bool ContainsCue(string lower, string kind)
    {
        foreach (var cue in cues[kind])
        {
            var at = lower.IndexOf(cue, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !char.IsLetterOrDigit(lower[at - 1])) &&
                (at + cue.Length == lower.Length || !char.IsLetterOrDigit(lower[at + cue.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsOnlyCues(string lower, string kind)
    {
        var rest = lower;
        foreach (var cue in cues[kind].OrderByDescending(c => c.Length))
        {
            rest = rest.Replace(cue, " ", StringComparison.Ordinal);
        }

        return ParagraphShape.Words(rest) == 0;
    }

    // "LIRE AUSSI" alone on a line is followed by the headline(s) it links to.
    private static void MarkHeadlinesAfterCues(IReadOnlyList<string> paragraphs, string?[] reasons)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (reasons[i] != "read-more" || ParagraphShape.Words(paragraphs[i]) > 4)
            {
                continue;
            }

            for (var j = i + 1; j < paragraphs.Count && j <= i + 3 && reasons[j] is null && ParagraphShape.IsHeadline(paragraphs[j]); j++)
            {
                reasons[j] = "related";
            }
        }
    }

    // A run of headlines and navigation at the end ("Zurück / Adobe kündigt ... / Weiter / Apple startet ...") lists other stories.
    private static void MarkRelatedTail(IReadOnlyList<string> paragraphs, string?[] reasons)
    {
        var start = paragraphs.Count;
        var hasCue = false;
        while (start > 0 && (reasons[start - 1] is not null || ParagraphShape.IsHeadline(paragraphs[start - 1])))
        {
            start--;
            hasCue |= reasons[start] is "navigation" or "read-more";
        }

        if (!hasCue)
        {
            return;
        }

        for (var i = start; i < paragraphs.Count; i++)
        {
            reasons[i] ??= "related";
        }
    }
}
