using AngleSharp.Dom;

namespace Storyline.Ingest.Html;

/// <summary>Decides, element by element, what is page furniture: by tag, ARIA role, visibility and class/id conventions.</summary>
internal sealed class ElementPruner(HtmlClassSignals classes)
{
    /// <summary>The reason for elements that are never text (scripts, styles, form controls): dropped without a record.</summary>
    public const string Silent = "";

    private static readonly HashSet<string> SilentTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "button", "select", "input",
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
        ["dialog"] = "hidden",
        ["alertdialog"] = "hidden",
        ["tablist"] = "navigation",
        ["toolbar"] = "share",
    };

    /// <summary>Null to keep the element, <see cref="Silent"/> to drop it unrecorded, or the reason it is boilerplate.</summary>
    public string? Reason(IElement element, bool insideArticle)
    {
        var tag = element.LocalName;
        if (SilentTags.Contains(tag))
        {
            return Silent;
        }

        switch (tag)
        {
            case "nav":
                return "navigation";
            case "aside":
                return "sidebar";
            case "footer":
                return "footer";
            case "header" when !insideArticle:
                return "navigation";
            case "figcaption":
                return "caption";
            case "html" or "body" or "main" or "article":
                return null;
        }

        if (element.HasAttribute("hidden") || IsHiddenByStyle(element.GetAttribute("style")))
        {
            return "hidden";
        }

        var role = element.GetAttribute("role");
        if (role is not null && Roles.TryGetValue(role.Trim(), out var roleReason))
        {
            return roleReason;
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

        return classes.Read(element).Reason;
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
