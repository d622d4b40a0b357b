using AngleSharp.Dom;

namespace Storyline.Ingest.Html;

/// <summary>
/// Finds the other parts of an article that a page builder split into repeated components (TYPO3 "frame" elements,
/// AEM grid columns, numbered content blocks): siblings of the winner, or of one of its near ancestors, with the same
/// tag and class attribute that hold prose. Only one of them wins the vote; the rest are the same story.
/// </summary>
internal static class SiblingSections
{
    // Components sit a few wrappers above the paragraphs (frame > container > inner > bodytext); higher up, siblings
    // with equal classes are page columns or teaser cards, not parts of one story.
    private const int Levels = 3;

    // A section joins when most of its text is prose and little of it is links: teaser cards and link lists fail this.
    private const double MinProseShare = 0.6;
    private const double MaxLinkDensity = 0.2;
    private const int MinChars = 100;

    public static void AddTo(List<IElement> roots, IElement top, IElement root, Dictionary<IElement, TextTotals> totals)
    {
        var current = top;
        for (var level = 0; level <= Levels && current != root && current.ParentElement is { } parent; level++)
        {
            var cls = current.GetAttribute("class");
            if (!string.IsNullOrWhiteSpace(cls))
            {
                foreach (var sibling in parent.Children)
                {
                    if (sibling != current && sibling.LocalName == current.LocalName
                        && string.Equals(sibling.GetAttribute("class"), cls, StringComparison.Ordinal)
                        && IsProse(totals.GetValueOrDefault(sibling)) && !Covered(roots, sibling))
                    {
                        roots.Add(sibling);
                    }
                }
            }

            current = parent;
        }
    }

    private static bool IsProse(TextTotals text)
        => text.Chars >= MinChars && text.ProseChars >= text.Chars * MinProseShare && text.LinkDensity <= MaxLinkDensity;

    private static bool Covered(List<IElement> roots, IElement element)
    {
        foreach (var existing in roots)
        {
            if (existing == element || existing.Contains(element) || element.Contains(existing))
            {
                return true;
            }
        }

        return false;
    }
}
