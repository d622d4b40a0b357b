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

            var table = new Table().Border(TableBorder.Simple);
            foreach (var (name, width) in new[] { ("id", 16), ("lang", 4), ("published", 10), ("title", 56), ("source", 40) })
            {
                table.AddColumn(new TableColumn(name) { Width = width }.NoWrap());
            }

            foreach (var a in articles)
            {
                table.AddRow(Cell(a.Id), Cell(a.Language), Cell(Terminal.Date(a.Published)), Cell(Terminal.Clip(a.Title ?? "", 54)), Cell(Terminal.ClipLeft(a.Source, 38)));
            }

            Terminal.Out.Write(table);
            Terminal.Out.WriteLine($"{articles.Count} article(s)");
            return 0;
        });
        return command;
    }

    // Text, not markup: titles hold brackets; one line per article, cut with an ellipsis.
    private static Spectre.Console.Text Cell(string value) => new Spectre.Console.Text(value).Overflow(Overflow.Ellipsis);
}
