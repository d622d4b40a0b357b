using System.Text;
using Spectre.Console;
using Storyline.Entities;

namespace Storyline.Cli.Output;

/// <summary>
/// An article's text as console markup with every entity mention marked: coloured by type on a terminal, in [brackets]
/// where there is no colour (a pipe, a file), so the marks survive either way.
/// </summary>
public static class MarkedText
{
    public static string Of(string text, IReadOnlyList<Entity> entities, bool colour)
    {
        var mentions = entities
            .SelectMany(e => e.Mentions.Select(m => (m.Start, m.Length, e.Type)))
            .Where(m => m.Start >= 0 && m.Start + m.Length <= text.Length)
            .OrderBy(m => m.Start)
            .ToList();
        var builder = new StringBuilder(text.Length + (mentions.Count * 24));
        var at = 0;
        foreach (var (start, length, type) in mentions)
        {
            if (start < at)
            {
                continue;
            }

            builder.Append(Markup.Escape(text[at..start]));
            var name = Markup.Escape(text.Substring(start, length));
            builder.Append(colour ? $"[{Style(type)}]{name}[/]" : $"[[{name}]]");
            at = start + length;
        }

        builder.Append(Markup.Escape(text[at..]));
        return builder.ToString();
    }

    public static string Style(EntityType type) => type switch
    {
        EntityType.Person => "bold yellow",
        EntityType.Organisation => "bold cyan",
        EntityType.Place => "bold green",
        EntityType.Product => "bold magenta",
        _ => "bold",
    };
}
