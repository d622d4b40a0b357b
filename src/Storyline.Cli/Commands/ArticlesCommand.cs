using System.CommandLine;
using Spectre.Console;
using Storyline.Cli.Output;
using Storyline.Storage;

namespace Storyline.Cli.Commands;

/// <summary><c>articles</c>: every stored article, in arrival order.</summary>
public static class ArticlesCommand
{
    public static Command Create()
    {
        var command = new Command("articles", "list every stored article");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await StoreFactory.OpenAsync(parse, cancellationToken);
            var articles = new List<ArticleSummary>();
            await foreach (var article in store.ListAsync(cancellationToken))
            {
                articles.Add(article);
            }

            if (parse.GetValue(GlobalOptions.Json))
            {
                await JsonOutput.WriteAsync(articles.Select(ArticleJson.Summary));
                return 0;
            }

            var table = new Table().Border(TableBorder.Simple).AddColumns("id", "lang", "published", "title", "source");
            foreach (var a in articles)
            {
                table.AddRow(Markup.Escape(a.Id), a.Language, Terminal.Date(a.Published), Markup.Escape(Terminal.Clip(a.Title, 60)), Markup.Escape(Terminal.ClipLeft(a.Source, 40)));
            }

            Terminal.Out.Write(table);
            Terminal.Out.WriteLine($"{articles.Count} article(s)");
            return 0;
        });
        return command;
    }
}
