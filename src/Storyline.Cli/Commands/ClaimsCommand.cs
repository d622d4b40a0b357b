using System.CommandLine;
using Spectre.Console;
using Storyline.Cli.Output;
using Storyline.Entities;
using Storyline.Figures.Claims;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>claims [ID...]</c>: what the stored articles (or the ones named) say about each (subject, attribute), conflicts
/// first, each value with its sources. Subjects are unified across articles as <c>entities</c> does (Mistral = Mistral AI).
/// </summary>
public static class ClaimsCommand
{
    public static Command Create()
    {
        var ids = new Argument<string[]>("ids") { Description = "article ids or prefixes (default: every stored article)", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("claims", "figures grouped by subject and attribute across articles, with agree/conflict verdicts") { ids };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await StoreFactory.OpenAsync(parse, cancellationToken);
            var wanted = parse.GetValue(ids) ?? [];
            var figures = await store.ListFiguresAsync(cancellationToken).ToListAsync(cancellationToken);
            var entities = await store.ListEntitiesAsync(cancellationToken).ToListAsync(cancellationToken);
            if (wanted.Length > 0)
            {
                var unknown = wanted.Where(w => !figures.Any(f => f.ArticleId.StartsWith(w, StringComparison.OrdinalIgnoreCase))).ToList();
                if (unknown.Count > 0)
                {
                    throw new UsageException($"no article with id '{unknown[0]}'");
                }

                figures = figures.Where(f => wanted.Any(w => f.ArticleId.StartsWith(w, StringComparison.OrdinalIgnoreCase))).ToList();
                entities = entities.Where(e => figures.Any(f => f.ArticleId == e.ArticleId)).ToList();
            }

            var names = CorpusNames.Aliases(CorpusNames.Unify(entities));
            var claims = ClaimBuilder.Default.Build(figures.Select(a => (a.ArticleId, a.Figures)), name => names.GetValueOrDefault(name, name));
            if (parse.GetValue(GlobalOptions.Json))
            {
                await JsonOutput.WriteAsync(claims);
                return 0;
            }

            var table = new Table().Border(TableBorder.Simple).Title($"claims ({claims.Count}) over {figures.Count} articles")
                .AddColumns("verdict", "subject", "attribute", "values (articles)");
            foreach (var c in claims)
            {
                var colour = c.Verdict switch { ClaimVerdict.Conflict => "red", ClaimVerdict.Agree => "green", _ => "grey" };
                var values = string.Join("\n", c.Values.Select(v => $"{FigureText.Of(v, c.Kind)}  ({string.Join(", ", v.Articles.Select(Short))})"));
                table.AddRow(
                    $"[{colour}]{c.Verdict.ToString().ToLowerInvariant()}[/]",
                    Markup.Escape(Terminal.Clip(c.Subject, 30)),
                    Markup.Escape(c.Attribute),
                    Markup.Escape(values));
            }

            Terminal.Out.Write(table);
            return 0;
        });
        return command;
    }

    private static string Short(string id) => id.Length > 8 ? id[..8] : id;
}
