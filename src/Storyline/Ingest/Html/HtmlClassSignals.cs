using AngleSharp.Dom;

namespace Storyline.Ingest.Html;

/// <summary>
/// Markup conventions in class and id attributes ("sidebar", "share", "entry-content") that say what an element is.
/// Built by <see cref="HtmlResources"/> from <c>Resources/common/html-classes.txt</c>.
/// </summary>
public sealed class HtmlClassSignals
{
    private const string ContentSection = "content";

    // Leads are neither furniture nor the body: they only mark a standfirst that may sit outside the chosen container.
    private const string LeadSection = "lead";

    private readonly Dictionary<string, string> partReasons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> tokenReasons = new(StringComparer.Ordinal);
    private readonly HashSet<string> contentParts = new(StringComparer.Ordinal);
    private readonly HashSet<string> contentTokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> strongParts = new(StringComparer.Ordinal);
    private readonly HashSet<string> leadParts = new(StringComparer.Ordinal);
    private readonly HashSet<string> leadTokens = new(StringComparer.Ordinal);

    public HtmlClassSignals(IEnumerable<(string Section, string Entry)> entries)
    {
        foreach (var (section, raw) in entries)
        {
            var wholeToken = raw.StartsWith('=') || raw.Contains('-', StringComparison.Ordinal);
            var strong = raw.StartsWith('!');
            var entry = raw.TrimStart('=', '!');
            if (strong)
            {
                strongParts.Add(entry);
            }

            if (section == LeadSection)
            {
                (wholeToken ? leadTokens : leadParts).Add(entry);
            }
            else if (section == ContentSection)
            {
                (wholeToken ? contentTokens : contentParts).Add(entry);
            }
            else
            {
                (wholeToken ? tokenReasons : partReasons).TryAdd(entry, section);
            }
        }
    }

    /// <summary>Reads the class and id of an element: a furniture reason (or null) and whether a content token is present.</summary>
    public ClassSignal Read(IElement element)
    {
        var signal = ClassSignal.None;
        Scan(element.GetAttribute("class"), ref signal);
        Scan(element.Id, ref signal);
        return signal;
    }

    private void Scan(string? attribute, ref ClassSignal signal)
    {
        if (string.IsNullOrEmpty(attribute))
        {
            return;
        }

        foreach (var token in attribute.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (token.Length > 60)
            {
                continue;
            }

            var lower = token.ToLowerInvariant();
            if (tokenReasons.TryGetValue(lower, out var reason))
            {
                signal = signal with { TokenReason = signal.TokenReason ?? reason };
            }

            if (contentTokens.Contains(lower))
            {
                signal = signal with { Content = true, Body = true };
            }

            if (leadTokens.Contains(lower))
            {
                signal = signal with { Lead = true };
            }

            foreach (var part in lower.Split('-', '_'))
            {
                if (part.Length == 0)
                {
                    continue;
                }

                if (partReasons.TryGetValue(part, out reason))
                {
                    signal = strongParts.Contains(part)
                        ? signal with { TokenReason = signal.TokenReason ?? reason, Strong = true }
                        : signal with { PartReason = signal.PartReason ?? reason };
                }
                else if (contentParts.Contains(part))
                {
                    signal = signal with { Content = true };
                }
                else if (leadParts.Contains(part))
                {
                    signal = signal with { Lead = true };
                }
            }
        }
    }
}
