using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Storyline.Cli.Output;
using Storyline.Duplicates;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>duplicates [ID]</c>: the copies, rewrites and translations the index found, with the pairs that follow from them
/// (two rewrites of one wire piece); for one article, its pairs with the passages each shares.
/// </summary>
public static class DuplicatesCommand
{
    public static Command Create()
    {
        var id = new Argument<string?>("id") { Description = "an article id or prefix (default: every pair)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("duplicates", "copies, rewrites and translations: pairs, relation, similarity, shared passages") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await StoreFactory.OpenAsync(parse, cancellationToken);
            var summaries = await store.ListAsync(cancellationToken).ToListAsync(cancellationToken);
            var languages = summaries.ToDictionary(s => s.Id, s => s.Language, StringComparer.Ordinal);
            var all = DuplicateGraph.WithDerived(await store.DuplicatesAsync(null, cancellationToken), languages.GetValueOrDefault);
            Article? article = null;
            if (parse.GetValue(id) is { } wanted)
            {
                article = await store.GetAsync(wanted, cancellationToken) ?? throw new UsageException($"no article with id '{wanted}'");
                all = all.Where(d => d.A == article.Id || d.B == article.Id).ToList();
            }

            if (parse.GetValue(GlobalOptions.Json))
            {
                await JsonOutput.WriteAsync(all);
                return 0;
            }

            var titles = summaries.ToDictionary(s => s.Id, s => s.Title ?? s.Source, StringComparer.Ordinal);
            var table = new Table().Border(TableBorder.Simple)
                .Title(article is null ? $"{all.Count} pair(s) of {summaries.Count} articles" : $"{all.Count} pair(s) of {Short(article.Id)}")
                .AddColumns("a", "b", "relation", "similarity", "first", "shared passages");
            foreach (var d in all)
            {
                var relation = d.Relation.ToString().ToLowerInvariant() + (d.Via is null ? "" : $" (via {Short(d.Via)})");
                table.AddRow(
                    Markup.Escape($"{Short(d.A)} {languages.GetValueOrDefault(d.A)} {Terminal.Clip(titles.GetValueOrDefault(d.A) ?? "", 30)}"),
                    Markup.Escape($"{Short(d.B)} {languages.GetValueOrDefault(d.B)} {Terminal.Clip(titles.GetValueOrDefault(d.B) ?? "", 30)}"),
                    Markup.Escape(relation),
                    d.Similarity.ToString("0.00", CultureInfo.InvariantCulture),
                    d.First is null ? "-" : Short(d.First),
                    Markup.Escape(Passages(d, article)));
            }

            Terminal.Out.Write(table);
            return 0;
        });
        return command;
    }

    // For one article, the text it shares (its own side of each passage); for the whole list, how many passages.
    private static string Passages(Duplicate d, Article? article)
    {
        if (article is null || d.Passages.Count == 0)
        {
            return d.Passages.Count.ToString(CultureInfo.InvariantCulture);
        }

        var mine = d.Passages.Select(p => d.A == article.Id ? (p.AStart, p.ALength) : (p.BStart, p.BLength));
        return string.Join("\n", mine.Take(4).Select(p => "· " + Terminal.Clip(article.Text.Substring(p.Item1, p.Item2), 60)))
            + (d.Passages.Count > 4 ? $"\n(+{d.Passages.Count - 4} more)" : "");
    }

    private static string Short(string id) => id.Length > 8 ? id[..8] : id;
}
