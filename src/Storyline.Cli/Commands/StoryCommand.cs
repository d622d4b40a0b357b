using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Storyline.Cli.Output;
using Storyline.Figures.Claims;
using Storyline.Stories;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>story ID [--lang L]</c>: one story with its analysis: summary (each sentence with its source), timeline, its articles by language and outlet, entities under one name, claims
/// (conflicts first), statements across languages with their attributions, and its copies, rewrites and translations.
/// </summary>
public static class StoryCommand
{
    public static Command Create()
    {
        var id = new Argument<int>("id") { Description = "a story id (see stories)" };
        var language = new Option<string?>("--lang") { Description = "the summary's language, when the story has articles in it (default: its most common)" };
        var command = new Command("story", "one story: summary, timeline, sources, entities, claims, quotes, duplicates") { id, language };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await StoreFactory.OpenAsync(parse, cancellationToken);
            var wanted = parse.GetValue(id);
            var listing = (await store.ListStoriesAsync(cancellationToken)).FirstOrDefault(s => s.Id == wanted)
                ?? throw new UsageException($"no story with id {wanted}");
            var articles = new List<Article>();
            foreach (var a in listing.Articles)
            {
                articles.Add((await store.GetAsync(a, cancellationToken))!);
            }

            var story = StoryDetails.Of(listing, articles, await store.DuplicatesAsync(null, cancellationToken), parse.GetValue(language));
            if (parse.GetValue(GlobalOptions.Json))
            {
                await JsonOutput.WriteAsync(story);
                return 0;
            }

            Print(story, articles);
            return 0;
        });
        return command;
    }

    private static void Print(StoryDetails story, List<Article> articles)
    {
        var console = Terminal.Out;
        console.MarkupLine($"[bold]{Markup.Escape(story.Title ?? "(untitled)")}[/]");
        console.WriteLine($"story {story.Id}: {story.Articles.Count} article(s) in {string.Join(", ", story.Languages)}, {StoriesCommand.Date(story.FirstSeen)} to {StoriesCommand.Date(story.LastSeen)}");
        if (story.Events.Count > 0)
        {
            console.WriteLine($"kinds of event: {string.Join(", ", story.Events.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Kind} {e.Share:P0}")))}");
        }

        console.WriteLine();
        console.MarkupLine($"[bold]summary[/] ({story.SummaryLanguage})");
        foreach (var sentence in story.Summary)
        {
            console.WriteLine($"  {sentence.Text} [{Short(sentence.Article)}]");
        }

        var timeline = new Table().Border(TableBorder.Simple).Title("timeline").AddColumns("when", "headline", "articles");
        foreach (var step in story.Timeline)
        {
            var when = step.Date is { } d ? StoriesCommand.Date(d) : step.DaysAfterStart is { } days ? (days == 0 ? "start (undated)" : $"~{days} days later") : "-";
            timeline.AddRow(Markup.Escape(when), Markup.Escape(Terminal.Clip(step.Headline, 70)), Markup.Escape(string.Join(", ", step.Articles.Select(Short))));
        }

        console.Write(timeline);
        var sources = new Table().Border(TableBorder.Simple).Title("sources").AddColumns("article", "language", "outlet", "published", "title");
        foreach (var a in articles.OrderBy(a => a.Language, StringComparer.Ordinal).ThenBy(a => a.SiteName ?? a.Source, StringComparer.Ordinal))
        {
            sources.AddRow(Short(a.Id), a.Language, Markup.Escape(Terminal.Clip(a.SiteName ?? Path.GetFileName(a.Source), 24)), StoriesCommand.Date(a.Published), Markup.Escape(Terminal.Clip(a.Title ?? "", 50)));
        }

        console.Write(sources);
        var entities = new Table().Border(TableBorder.Simple).Title("entities").AddColumns("name", "type", "articles", "written");
        foreach (var e in story.Entities.Take(15))
        {
            entities.AddRow(Markup.Escape(e.Name), e.Type.ToString().ToLowerInvariant(), e.Articles.Count.ToString(CultureInfo.InvariantCulture), Markup.Escape(Terminal.Clip(string.Join(", ", e.Forms), 50)));
        }

        console.Write(entities);
        var claims = new Table().Border(TableBorder.Simple).Title("claims").AddColumns("verdict", "subject", "attribute", "values (articles)");
        foreach (var c in story.Claims.Where(c => c.Verdict != ClaimVerdict.Single).Concat(story.Claims.Where(c => c.Verdict == ClaimVerdict.Single)).Take(15))
        {
            var values = string.Join("\n", c.Values.Select(v => $"{FigureText.Of(v, c.Kind)}  ({string.Join(", ", v.Articles.Select(Short))})"));
            claims.AddRow(c.Verdict.ToString().ToLowerInvariant(), Markup.Escape(Terminal.Clip(c.Subject, 24)), Markup.Escape(c.Attribute), Markup.Escape(values));
        }

        console.Write(claims);
        var quotes = new Table().Border(TableBorder.Simple).Title("statements in several articles").AddColumns("attribution", "statement", "speakers (articles)");
        foreach (var s in story.Quotes.Where(q => q.Articles.Count > 1).Take(10))
        {
            var speakers = string.Join("\n", s.Speakers.Select(p => $"{p.Speaker ?? "(none)"} ({string.Join(", ", p.Articles.Select(Short))})"));
            quotes.AddRow(s.Verdict.ToString().ToLowerInvariant(), Markup.Escape(Terminal.Clip(s.Text, 50)), Markup.Escape(speakers));
        }

        console.Write(quotes);
        var duplicates = new Table().Border(TableBorder.Simple).Title("copies, rewrites, translations").AddColumns("a", "b", "relation", "similarity");
        foreach (var d in story.Duplicates)
        {
            duplicates.AddRow(Short(d.A), Short(d.B), d.Relation.ToString().ToLowerInvariant() + (d.Via is null ? "" : $" (via {Short(d.Via)})"), d.Similarity.ToString("0.00", CultureInfo.InvariantCulture));
        }

        console.Write(duplicates);
    }

    private static string Short(string id) => id.Length > 8 ? id[..8] : id;
}
