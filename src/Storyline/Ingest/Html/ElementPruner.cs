using AngleSharp.Dom;

namespace Storyline.Ingest.Html;

/// <summary>Decides, element by element, what is page furniture: by tag, ARIA role, visibility and class/id conventions.</summary>
internal sealed class ElementPruner(HtmlClassSignals classes)
{
    /// <summary>The reason for elements that are never text (scripts, styles, form controls): dropped without a record.</summary>
    public const string Silent = "";

    private const string Hidden = "hidden";

    // Blogger and some CMSs render the article twice: into a script template for browsers and into <noscript> for everyone
    // else, so the noscript copy is the only parsed one. This is longer than any "please enable JavaScript" notice seen on
    // news sites (tracking pixels have no text at all), and shorter than one paragraph of an article.
    private const int MinNoscriptContentChars = 200;

    // A caption of a sentence or more describes what the photo shows and reads as part of the story (trafilatura keeps
    // those too); a short one is a credit or a label ("Photo: AFP", "Energy Snack").
    private const int MinKeptCaptionChars = 80;

    // Non-space characters: a name, a date and a time fit; a sentence does not.
    private const int MaxDateLineChars = 60;

    private static readonly HashSet<string> SilentTags = new(StringComparer.Ordinal)
    {
        "script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas", "button", "select", "input",
        "textarea", "option", "head", "link", "meta", "video", "audio", "map", "img", "picture", "source", "title",
    };

    // Landmarks that say what a region is regardless of its classes (WAI-ARIA 1.2 landmark roles).
    private static readonly Dictionary<string, string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["navigation"] = "navigation",
        ["banner"] = "navigation",
        ["menu"] = "navigation",
        ["menubar"] = "navigation",
        ["search"] = "navigation",
        ["contentinfo"] = "footer",
        ["complementary"] = "sidebar",
        ["dialog"] = Hidden,
        ["alertdialog"] = Hidden,
        ["tablist"] = "navigation",
        ["toolbar"] = "share",
    };

    /// <summary>
    /// Null to keep the element, <see cref="Silent"/> to drop it unrecorded, or the reason it is boilerplate. Most reasons
    /// are only <paramref name="soft"/>: themes wrap whole articles in "widget" or "read-more" classes, and an unclosed
    /// &lt;header&gt; swallows the page, so the scorer decides later whether a marked element holds the content. Hidden
    /// elements and strong class parts (comments, cookie consent) are dropped outright.
    /// </summary>
    public string? Reason(IElement element, bool insideArticle, out bool soft)
    {
        soft = false;
        var tag = element.LocalName;
        if (tag == "noscript")
        {
            return HasText(element, MinNoscriptContentChars) ? null : Silent;
        }

        if (SilentTags.Contains(tag))
        {
            return Silent;
        }

        if (tag is "html" or "body" or "main" or "article")
        {
            return null;
        }

        if (element.HasAttribute("hidden") || IsHiddenByStyle(element.GetAttribute("style")))
        {
            return Hidden;
        }

        var itemprop = element.GetAttribute("itemprop");
        if (itemprop is not null)
        {
            if (itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase) || itemprop.Contains("text", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (itemprop.Contains("comment", StringComparison.OrdinalIgnoreCase))
            {
                return "comments";
            }
        }

        var role = element.GetAttribute("role");
        if (role is not null && Roles.TryGetValue(role.Trim(), out var roleReason))
        {
            soft = roleReason != Hidden;
            return roleReason;
        }

        soft = true;
        var byTag = tag switch
        {
            "nav" => "navigation",
            "aside" => "sidebar",
            "footer" => "footer",
            "header" when !insideArticle => "navigation",
            "figcaption" when !HasText(element, MinKeptCaptionChars) => "caption",
            _ => null,
        };
        if (byTag is not null)
        {
            return byTag;
        }

        if (IsDateLine(element))
        {
            return "byline";
        }

        var signal = classes.Read(element);
        soft = signal.Reason is not null && !signal.Strong && signal.TokenReason != Hidden;
        return signal.Reason;
    }

    /// <summary>
    /// A short line built around a &lt;time&gt; element ("Jane Doe · 3 Jul 2025 - 21:10") is the byline or date line under
    /// a headline, whatever language its classes are named in; trafilatura drops &lt;time&gt; outright. A sentence that
    /// mentions a date is longer than this.
    /// </summary>
    private static bool IsDateLine(IElement element)
    {
        var hasTime = false;
        foreach (var child in element.Children)
        {
            hasTime |= child.LocalName == "time";
        }

        return hasTime && !HasText(element, MaxDateLineChars + 1);
    }

    /// <summary>Whether the element holds at least <paramref name="minChars"/> non-space characters of text.</summary>
    private static bool HasText(IElement element, int minChars)
    {
        var chars = 0;
        foreach (var c in element.TextContent)
        {
            chars += char.IsWhiteSpace(c) ? 0 : 1;
            if (chars >= minChars)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHiddenByStyle(string? style)
    {
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
