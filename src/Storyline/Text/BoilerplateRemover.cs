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

    // Adverts and credit lines run longer than other chrome, but never to a full paragraph of reporting.
    private const int MaxAdvertWords = 45;

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

        if (IsLabelledAdvertising(lower, words) || IsPromotion(lower, words))
        {
            return "advertising";
        }

        if (IsCredit(lower, words, fromEnd))
        {
            return "attribution";
        }

        if (IsByline(paragraph, lower, words))
        {
            return "byline";
        }

        if (words <= MaxCueWords)
        {
            if (Starts(lower, "read-more"))
            {
                return "read-more";
            }

            foreach (var kind in (ReadOnlySpan<string>)["cookie", "newsletter", "copyright", "caption"])
            {
                if (Starts(lower, kind) || (words <= MaxPhraseWords && CueMatcher.Contains(lower, cues[kind])))
                {
                    return kind;
                }
            }

            foreach (var kind in (ReadOnlySpan<string>)["share", "advertising"])
            {
                // "Werbung" or "partager" inside a sentence is content; only a line that is (nearly) just the cue is chrome.
                if ((Starts(lower, kind) && words <= MaxPhraseWords / 2) || CueMatcher.IsOnly(lower, [.. cues[kind], .. cues["social"]]))
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

    private bool Starts(string lower, string kind) => CueMatcher.StartsWith(lower, cues[kind]) > 0;

    // "ANZEIGE: ...", "Publicidad | ...", "Advertentie — ...": a label, a separator, then the advert, however long.
    private bool IsLabelledAdvertising(string lower, int words)
    {
        var cue = CueMatcher.StartsWith(lower, cues["advertising"]);
        if (cue == 0 || words > MaxAdvertWords)
        {
            return false;
        }

        var rest = lower.AsSpan(cue).TrimStart();
        return rest.Length > 0 && rest[0] is ':' or '|' or '—' or '–' or '-' or '/' or '·' or '•';
    }

    // Promotional copy without a label: two or more selling phrases ("découvrez nos offres", "à partir de", "code") in a short paragraph.
    private bool IsPromotion(string lower, int words) => words <= MaxAdvertWords && CueMatcher.Count(lower, cues["promo"]) >= 2;

    // Source, agency and reporting credits: "Source : AFP", "(AFP)", "Avec dpa", "(Reporting by ...; Editing by ...)",
    // and, near the end, "... Dieser Artikel erschien zuerst bei ...".
    private bool IsCredit(string lower, int words, int fromEnd)
    {
        var inner = lower.StartsWith('(') && lower.EndsWith(')') ? lower[1..^1].Trim() : null;
        if (inner is not null && (CueMatcher.StartsWith(inner, cues["attribution"]) > 0 || (words <= 3 && CueMatcher.Contains(inner, cues["agency"]))))
        {
            return words <= MaxAdvertWords;
        }

        if (words <= MaxAttributionWords && Starts(lower, "attribution"))
        {
            return true;
        }

        if (words <= 4 && CueMatcher.Contains(lower, cues["agency"]) && !lower.EndsWith('.') && !Starts(lower, "caption"))
        {
            return true;
        }

        return fromEnd < TrailerWindow && words <= MaxAttributionWords && CueMatcher.Contains(lower, cues["attribution"]);
    }

    // "Par Hélène Vasseur — publié le 12/06/2025", "Von Redaktion Wirtschaft | 11.06.2025, 07:15 Uhr", "By Jane Smith".
    private bool IsByline(string paragraph, string lower, int words)
    {
        var cue = CueMatcher.StartsWith(lower, cues["byline"]);
        if (cue == 0 || words > 14 || paragraph.EndsWith('.'))
        {
            return false;
        }

        var rest = paragraph[cue..].Trim();
        var dated = rest.Any(char.IsDigit) || rest.IndexOfAny(['|', '—', '–', '•', '·']) >= 0;
        var names = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return dated || (names.Length is > 0 and <= 4 && names.All(n => char.IsUpper(n[0])));
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
