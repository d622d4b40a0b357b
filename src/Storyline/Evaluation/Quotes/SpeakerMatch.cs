using System.Globalization;
using Storyline.Entities;

namespace Storyline.Evaluation.Quotes;

/// <summary>
/// Whether a found speaker (a canonical entity name) is the speaker a gold span names in the words of the text: some
/// capitalised word of the gold span ("Bundeskanzlerin Angela Merkel", "Merkels Sprecher") is a word of the entity's
/// name or of one of its mentions in the article, a genitive -s/-'s aside. Lower-case words (der, the, sagte) never
/// decide. No speaker matches only no speaker.
/// </summary>
public static class SpeakerMatch
{
    public static bool Matches(string? gold, string? found, IReadOnlyList<Entity> entities)
    {
        if (gold is null || found is null)
        {
            return gold is null && found is null;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        names.UnionWith(Words(found));
        foreach (var entity in entities.Where(e => string.Equals(e.Name, found, StringComparison.Ordinal)))
        {
            foreach (var mention in entity.Mentions)
            {
                names.UnionWith(Words(mention.Text));
            }
        }

        return Words(gold).Where(w => char.IsUpper(w[0]) || char.IsDigit(w[0])).Any(w => names.Contains(w) || names.Contains(Stem(w)));
    }

    /// <summary>
    /// The speaker a reader is shown: the entity when there is one (<see cref="Matches"/>), else the words the attribution
    /// names the speaker with (<see cref="Storyline.Quotes.Quote.SpeakerText"/>), which match a gold span sharing a word of four
    /// letters or more with them that is no determiner or pronoun ("der Demonstrationsleiter" and "Der Demonstrationsleiter
    /// der Kundgebung", "a senior official" and "the official"). Nobody shown matches only no gold speaker.
    /// </summary>
    public static bool MatchesShown(string? gold, string? speaker, string? speakerText, IReadOnlyList<Entity> entities, IReadOnlySet<string> functionWords)
    {
        if (speaker is not null || speakerText is null)
        {
            return Matches(gold, speaker, entities);
        }

        if (gold is null)
        {
            return false;
        }

        var shown = Words(speakerText).Select(w => w.ToLowerInvariant()).Where(w => w.Length >= 4 && !functionWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
        return Words(gold).Any(w => shown.Contains(w.ToLowerInvariant()) || shown.Contains(Stem(w).ToLowerInvariant()));
    }

    // Merkels, Trump's, Obamas: a genitive is the name.
    private static string Stem(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2]
        : word.Length > 3 && word.EndsWith('s') ? word[..^1]
        : word;

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (start >= 0 && text[i] is '\'' or '’' && i + 1 < text.Length && text[i + 1] == 's'));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (i - start >= 2 || char.GetUnicodeCategory(text[start]) == UnicodeCategory.OtherLetter)
                {
                    yield return text[start..i];
                }

                start = -1;
            }
        }
    }
}
