using System.CommandLine;
using Spectre.Console;
using Storyline.Cli.Output;

namespace Storyline.Cli.Commands;

/// <summary><c>article ID</c>: one article with its analysis; a unique id prefix is enough.</summary>
public static class ArticleCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "article id (or a prefix only it has)" };
        var command = new Command("article", "show one article with its analysis") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await StoreFactory.OpenAsync(parse, cancellationToken);
            var article = await store.GetAsync(parse.GetValue(id)!, cancellationToken);
            if (article is null)
            {
                await Console.Error.WriteLineAsync($"storyline: no article with id '{parse.GetValue(id)}'");
                return 1;
            }

            if (parse.GetValue(GlobalOptions.Json))
            {
                await JsonOutput.WriteAsync(ArticleJson.Full(article));
                return 0;
            }

            Print(article);
            return 0;
        });
        return command;
    }

    private static void Print(Article a)
    {
        var console = Terminal.Out;
        console.MarkupLine($"[bold]{Markup.Escape(a.Title ?? "(no title)")}[/]");
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("id", a.Id);
        grid.AddRow("language", $"{a.Language} ({a.LanguageConfidence:0.00})");
        grid.AddRow("published", a.Published?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown");
        grid.AddRow("source", Markup.Escape(a.Source));
        if (a.Url is not null)
        {
            grid.AddRow("url", Markup.Escape(a.Url));
        }

        if (a.Author is not null || a.SiteName is not null)
        {
            grid.AddRow("by", Markup.Escape(string.Join(" · ", new[] { a.Author, a.SiteName }.OfType<string>())));
        }

        console.Write(grid);
        console.WriteLine();
        console.MarkupLine(MarkedText.Of(a.Text, a.Entities, a.Quotes, console.Profile.Capabilities.ColorSystem != ColorSystem.NoColors));
        foreach (var span in a.ForeignSpans)
        {
            console.MarkupLine($"[grey]foreign passage ({span.Language}): {Markup.Escape(Terminal.Clip(a.Text.Substring(span.Start, span.Length), 80))}[/]");
        }

        if (a.Entities.Count > 0)
        {
            console.WriteLine();
            var table = new Table().Border(TableBorder.Simple).Title($"entities ({a.Entities.Count})").AddColumns("name", "type", "count", "written as");
            foreach (var e in a.Entities.OrderByDescending(e => e.Count).ThenBy(e => e.Mentions[0].Start))
            {
                table.AddRow(
                    $"[{MarkedText.Style(e.Type)}]{Markup.Escape(Terminal.Clip(e.Name, 40))}[/]",
                    e.Type.ToString().ToLowerInvariant(),
                    e.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(Terminal.Clip(string.Join(", ", e.Mentions.Select(m => m.Text).Distinct(StringComparer.Ordinal)), 60)));
            }

            console.Write(table);
        }

        if (a.Figures.Count > 0)
        {
            console.WriteLine();
            var table = new Table().Border(TableBorder.Simple).Title($"figures ({a.Figures.Count})").AddColumns("as written", "kind", "value", "subject", "attribute");
            foreach (var f in a.Figures)
            {
                table.AddRow(
                    Markup.Escape(Terminal.Clip(f.Text, 40)),
                    f.Kind.ToString().ToLowerInvariant(),
                    Markup.Escape(FigureText.Of(f)),
                    Markup.Escape(f.Subject ?? ""),
                    Markup.Escape(f.Attribute ?? ""));
            }

            console.Write(table);
        }

        if (a.Quotes.Count > 0)
        {
            console.WriteLine();
            var table = new Table().Border(TableBorder.Simple).Title($"quotes ({a.Quotes.Count})").AddColumns("quote", "kind", "speaker", "cue");
            foreach (var q in a.Quotes)
            {
                table.AddRow(
                    Markup.Escape(Terminal.Clip(q.Text, 70)),
                    q.Kind.ToString().ToLowerInvariant(),
                    Markup.Escape(SpeakerCredit.Of(q.Speaker, q.SpeakerText, q.SpeakerSpan, q.Cue, a.Text, "(unnamed)")),
                    Markup.Escape(q.Cue ?? ""));
            }

            console.Write(table);
        }

        if (a.Removed.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine($"[grey]removed as boilerplate ({a.Removed.Count}):[/]");
            foreach (var r in a.Removed)
            {
                console.MarkupLine($"[grey]  {r.Reason,-11} {Markup.Escape(Terminal.Clip(r.Text, 100))}[/]");
            }
        }
    }
}
