using System.Text;
using Spectre.Console;
using Storyline.Entities;
using Storyline.Quotes;

namespace Storyline.Cli.Output;

/// <summary>
/// An article's text as console markup with every entity mention, quote and speaker marked. On a terminal mentions are
/// coloured by type, quotes in italics and the words naming each quote's speaker underlined; where there is no colour (a
/// pipe, a file) mentions are in [brackets] and speakers in {braces}, so the marks survive either way. Marks nest (a
/// speaker's name is a mention inside the speaker's mark); one that would cross another is left out.
/// </summary>
public static class MarkedText
{
    public static string Of(string text, IReadOnlyList<Entity> entities, IReadOnlyList<Quote> quotes, bool colour)
    {
        // Outer marks first where two start together: a quote, then a speaker, then a mention.
        var marks = quotes.Select(q => (q.Start, End: q.Start + q.Length, Rank: 0, Open: colour ? "[italic]" : "", Close: colour ? "[/]" : ""))
            .Concat(quotes.Where(q => q.SpeakerSpan is not null).Select(q => q.SpeakerSpan!.Value).Distinct()
                .Select(s => (s.Start, s.End, Rank: 1, Open: colour ? "[underline]" : "{", Close: colour ? "[/]" : "}")))
            .Concat(entities.SelectMany(e => e.Mentions.Select(m => (m.Start, End: m.Start + m.Length, Rank: 2, Open: colour ? $"[{Style(e.Type)}]" : "[[", Close: colour ? "[/]" : "]]"))))
            .Where(m => m.Start >= 0 && m.End <= text.Length && m.End > m.Start)
            .DistinctBy(m => (m.Start, m.End, m.Rank))
            .OrderBy(m => m.Start).ThenByDescending(m => m.End).ThenBy(m => m.Rank)
            .ToList();
        var builder = new StringBuilder(text.Length + (marks.Count * 24));
        var open = new Stack<(int End, string Close)>();
        var at = 0;
        void Emit(int to)
        {
            builder.Append(Markup.Escape(text[at..to]));
            at = to;
        }

        foreach (var (start, end, _, opening, closing) in marks)
        {
            while (open.Count > 0 && open.Peek().End <= start)
            {
                var (closeAt, close) = open.Pop();
                Emit(closeAt);
                builder.Append(close);
            }

            if (start < at || (open.Count > 0 && end > open.Peek().End))
            {
                continue;
            }

            Emit(start);
            builder.Append(opening);
            open.Push((end, closing));
        }

        while (open.Count > 0)
        {
            var (closeAt, close) = open.Pop();
            Emit(closeAt);
            builder.Append(close);
        }

        Emit(text.Length);
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
