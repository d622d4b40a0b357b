using System.CommandLine;
using Spectre.Console;
using Storyline.Cli.Output;
using Storyline.Entities;
using Storyline.Quotes.Statements;
using Storyline.Storage;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>quotes [ID...]</c>: the quotes of the stored articles (or the ones named) as statements, the same statement across
/// articles and languages merged into one with its versions, differing attributions first. Speakers are unified across
/// articles as <c>entities</c> does.
/// </summary>
public static class QuotesCommand
{
    public static Command Create()
    {
        var ids = new Argument<string[]>("ids") { Description = "article ids or prefixes (default: every stored article)", Arity = ArgumentArity.ZeroOrMore };
        var twins = new Option<bool>("--twins") { Description = "only statements that several articles report" };
        var command = new Command("quotes", "statements across articles and languages: versions, speakers as credited, same/differ attribution") { ids, twins };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await StoreFactory.OpenAsync(parse, cancellationToken);
            var wanted = parse.GetValue(ids) ?? [];
            var summaries = await store.ListAsync(cancellationToken).ToListAsync(cancellationToken);
            var unknown = wanted.FirstOrDefault(w => !summaries.Any(s => s.Id.StartsWith(w, StringComparison.OrdinalIgnoreCase)));
            if (unknown is not null)
            {
                throw new UsageException($"no article with id '{unknown}'");
            }

            var articles = new List<Article>();
            foreach (var s in summaries.Where(s => wanted.Length == 0 || wanted.Any(w => s.Id.StartsWith(w, StringComparison.OrdinalIgnoreCase))))
            {
                articles.Add((await store.GetAsync(s.Id, cancellationToken))!);
            }

            var names = CorpusNames.Aliases(CorpusNames.Unify(articles.Select(a => new ArticleEntities(a.Id, a.Language, a.Entities))));
            var statements = StatementMatcher.Default.Match(articles, name => names.GetValueOrDefault(name, name))
                .Where(s => !parse.GetValue(twins) || s.Articles.Count > 1)
                .ToList();
            if (parse.GetValue(GlobalOptions.Json))
            {
                await JsonOutput.WriteAsync(statements);
                return 0;
            }

            var texts = articles.ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal);
            var shared = statements.Count(s => s.Articles.Count > 1);
            var table = new Table().Border(TableBorder.Simple)
                .Title($"statements ({statements.Count}, {shared} in several articles) from {statements.Sum(s => s.Versions.Count)} quotes of {articles.Count} articles")
                .AddColumns("attribution", "statement", "versions: article, language, speaker as credited (cue)");
            foreach (var s in statements)
            {
                var colour = s.Verdict switch { AttributionVerdict.Differ => "red", AttributionVerdict.Same => "green", _ => "grey" };
                var versions = string.Join("\n", s.Versions.Select(v =>
                    $"{Short(v.ArticleId)} {v.Language}  {Terminal.Clip(Credit(v, texts[v.ArticleId]), 32)}: {Terminal.Clip(v.Text, 34)}"));
                table.AddRow(
                    $"[{colour}]{s.Verdict.ToString().ToLowerInvariant()}[/]",
                    Markup.Escape(Terminal.Clip(s.Text, 34)),
                    Markup.Escape(versions));
            }

            Terminal.Out.Write(table);
            return 0;
        });
        return command;
    }

    private static string Credit(StatementVersion v, string text) =>
        SpeakerCredit.Of(v.Speaker, v.SpeakerText, v.SpeakerSpan, v.Cue, text, "(no speaker)") + (v.Cue is null ? "" : $" ({v.Cue})");

    private static string Short(string id) => id.Length > 8 ? id[..8] : id;
}
