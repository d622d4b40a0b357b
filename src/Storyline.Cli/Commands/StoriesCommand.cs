using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Storyline.Cli.Output;

namespace Storyline.Cli.Commands;

/// <summary><c>stories</c>: every story, the latest first: id, title, articles, languages, first and last seen.</summary>
public static class StoriesCommand
{
    public static Command Create()
    {
        var command = new Command("stories", "every story: id, title, articles, languages, first and last seen");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await StoreFactory.OpenAsync(parse, cancellationToken);
            var stories = await store.ListStoriesAsync(cancellationToken);
            if (parse.GetValue(GlobalOptions.Json))
            {
                await JsonOutput.WriteAsync(stories);
                return 0;
            }

            var table = new Table().Border(TableBorder.Simple).Title($"{stories.Count} stor{(stories.Count == 1 ? "y" : "ies")}")
                .AddColumns("id", "title", "articles", "languages", "first seen", "last seen");
            foreach (var s in stories)
            {
                table.AddRow(
                    s.Id.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(Terminal.Clip(s.Title ?? "(untitled)", 56)),
                    s.Articles.Count.ToString(CultureInfo.InvariantCulture),
                    string.Join(" ", s.Languages),
                    Date(s.FirstSeen),
                    Date(s.LastSeen));
            }

            Terminal.Out.Write(table);
            return 0;
        });
        return command;
    }

    internal static string Date(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";
}
