using System.CommandLine;
using Spectre.Console;
using Storyline.Cli.Output;
using Storyline.Entities;

namespace Storyline.Cli.Commands;

/// <summary><c>entities</c>: every entity across the stored articles, under one name, with the forms it was written in.</summary>
public static class EntitiesCommand
{
    public static Command Create()
    {
        var command = new Command("entities", "every entity across the stored articles, one canonical name each");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await StoreFactory.OpenAsync(parse, cancellationToken);
            var entities = CorpusNames.Unify(await store.ListEntitiesAsync(cancellationToken).ToListAsync(cancellationToken));
            if (parse.GetValue(GlobalOptions.Json))
            {
                await JsonOutput.WriteAsync(entities);
                return 0;
            }

            var table = new Table().Border(TableBorder.Simple).AddColumns("name", "type", "articles", "mentions", "written as");
            foreach (var e in entities)
            {
                table.AddRow(
                    Markup.Escape(Terminal.Clip(e.Name, 40)),
                    e.Type.ToString().ToLowerInvariant(),
                    e.Articles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    e.Mentions.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(Terminal.Clip(string.Join(", ", e.Forms), 60)));
            }

            Terminal.Out.Write(table);
            return 0;
        });
        return command;
    }
}
