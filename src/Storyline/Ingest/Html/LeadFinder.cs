using AngleSharp.Dom;

namespace Storyline.Ingest.Html;

/// <summary>
/// Finds the article's lead (standfirst) when the page renders it in a header beside the body container: the scorer's
/// winner holds the body text only, and the lead, one short paragraph with few commas, never wins a vote of its own.
/// </summary>
internal sealed class LeadFinder(HtmlClassSignals classes)
{
    // The header holding the lead shares an ancestor with the body a few levels up; further away it is another page part
    // (a teaser strip above the article). Four levels covers header > wrapper > column > body layouts.
    private const int ScopeLevels = 4;

    // Only the blocks just before the content are looked at: headline, kicker, byline, date, image and lead.
    private const int MaxLookBack = 12;

    // A lead is prose: a sentence or two, not a label or a link.
    private const int MinLeadLength = 60;
    private const double MaxLeadLinkDensity = 0.3;

    /// <summary>Indexes (into <paramref name="blocks"/>) of the lead blocks before <paramref name="firstContent"/>, in order.</summary>
    public List<int> Find(IReadOnlyList<TextBlock> blocks, int firstContent, IElement top, IElement body)
    {
        var found = new List<int>();
        var scope = Scope(top, body);
        if (scope is null)
        {
            return found;
        }

        for (var i = firstContent - 1; i >= 0 && i >= firstContent - MaxLookBack; i--)
        {
            var block = blocks[i];
            if (!scope.Contains(block.Owner))
            {
                break;
            }

            var isLead = block.Text.Length >= MinLeadLength && block.LinkDensity < MaxLeadLinkDensity && block.SoftReason is null
                && block.Kind != BlockKind.Heading && IsMarkedLead(block.Owner, scope);
            if (isLead)
            {
                found.Add(i);
            }
            else if (found.Count > 0)
            {
                // The lead is one contiguous run; anything above it is the headline area or another component.
                break;
            }
        }

        found.Reverse();
        return found;
    }

    private static IElement? Scope(IElement top, IElement body)
    {
        var scope = top;
        for (var level = 0; level < ScopeLevels; level++)
        {
            if (scope.ParentElement is not { } parent || scope == body)
            {
                break;
            }

            scope = parent;
        }

        return scope == top ? null : scope;
    }

    private bool IsMarkedLead(IElement owner, IElement scope)
    {
        for (var element = owner; element is not null && element != scope; element = element.ParentElement)
        {
            if (classes.Read(element).Lead)
            {
                return true;
            }
        }

        return false;
    }
}
