using System.Globalization;
using System.Text;

namespace Storyline.Throughput.Corpus;

/// <summary>
/// Makes realistic synthetic news articles one at a time, deterministically from a seed: 2,000-6,000 characters of
/// templated sentences in fr/de/en/es/it, with datelines, boilerplate on some, and rewrites that reuse earlier paragraphs.
/// Memory is bounded: only a small window of recent articles is kept for rewrites.
/// </summary>
public sealed class ArticleGenerator
{
    // Shares chosen to look like a news crawl: agency copy is rewritten by several outlets, and a minority of pages
    // keep "read more"/share/navigation lines after extraction. Exact values are not important; fixed so runs compare.
    private const double RewriteShare = 0.15;
    private const double BoilerplateShare = 0.4;
    private const double ForeignQuoteShare = 0.03;
    private const int MinChars = 2_000;
    private const int MaxChars = 6_000;

    // Rewrites draw from this many recent articles per language: enough variety, and memory does not grow with N.
    private const int RewriteWindow = 64;

    private static readonly DateTimeOffset Epoch = new(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Random random;
    private readonly IReadOnlyList<LanguageVocabulary> vocabularies;
    private readonly Dictionary<string, Queue<IReadOnlyList<string>>> recent = new(StringComparer.Ordinal);
    private int number;

    public ArticleGenerator(IReadOnlyList<LanguageVocabulary> vocabularies, int seed = 20240601)
    {
        this.vocabularies = vocabularies;
        random = new Random(seed);
        foreach (var vocabulary in vocabularies)
        {
            recent[vocabulary.Code] = new Queue<IReadOnlyList<string>>(RewriteWindow);
        }
    }

    public GeneratedArticle Next()
    {
        number++;
        var index = random.Next(vocabularies.Count);
        var v = vocabularies[index];
        var target = random.Next(MinChars, MaxChars + 1);
        var paragraphs = new List<string>();
        var length = 0;

        var window = recent[v.Code];
        if (window.Count > 0 && random.NextDouble() < RewriteShare)
        {
            // A rewrite: two to four paragraphs of an earlier article, one sentence touched, then fresh text.
            var source = window.ElementAt(random.Next(window.Count));
            foreach (var paragraph in source.Take(random.Next(2, 5)))
            {
                var reused = random.Next(3) == 0 ? Sentence(v) + " " + paragraph : paragraph;
                paragraphs.Add(reused);
                length += reused.Length;
            }
        }

        while (length < target)
        {
            var paragraph = Paragraph(v);
            paragraphs.Add(paragraph);
            length += paragraph.Length + 2;
        }

        if (random.NextDouble() < ForeignQuoteShare)
        {
            // A quoted passage in another language, so foreign-paragraph detection has real work on some articles.
            var other = vocabularies[(index + 1) % vocabularies.Count];
            paragraphs.Insert(Math.Min(2, paragraphs.Count), Paragraph(other));
        }

        if (window.Count == RewriteWindow)
        {
            window.Dequeue();
        }

        window.Enqueue(paragraphs);

        var published = Epoch.AddMinutes(random.Next(3 * 365 * 24 * 60));
        var site = Pick(v.Sites);
        var title = Capitalise(Fill(v, Pick(v.Headlines)));
        var related = Enumerable.Range(0, random.Next(6, 11)).Select(_ => Capitalise(Fill(v, Pick(v.Headlines)))).ToList();
        return new GeneratedArticle(
            number,
            v.Code,
            title,
            Dateline(v, published),
            published,
            Url(site, v.Code, published, title),
            site,
            Pick(v.Persons),
            paragraphs,
            random.NextDouble() < BoilerplateShare ? Boilerplate(v, related) : [])
        {
            RelatedHeadlines = related,
        };
    }

    private List<string> Boilerplate(LanguageVocabulary v, IReadOnlyList<string> related)
    {
        var lines = new List<string> { v.ReadMore + related[0] };
        if (random.Next(2) == 0)
        {
            lines.Add(v.Share);
        }

        if (random.Next(2) == 0)
        {
            lines.Add($"{v.Previous}: {related[1]}");
            lines.Add($"{v.Next}: {related[2]}");
        }

        return lines;
    }

    private string Paragraph(LanguageVocabulary v)
    {
        var text = new StringBuilder();
        var sentences = random.Next(2, 6);
        for (var i = 0; i < sentences; i++)
        {
            text.Append(i == 0 ? "" : " ").Append(Sentence(v));
        }

        return text.ToString();
    }

    private string Sentence(LanguageVocabulary v) => Capitalise(Fill(v, Pick(v.Templates)));

    private string Fill(LanguageVocabulary v, string template) => template
        .Replace("{subject}", Pick(v.Subjects), StringComparison.Ordinal)
        .Replace("{verb}", Pick(v.Verbs), StringComparison.Ordinal)
        .Replace("{object}", Pick(v.Objects), StringComparison.Ordinal)
        .Replace("{place}", Pick(v.Places), StringComparison.Ordinal)
        .Replace("{time}", Pick(v.Times), StringComparison.Ordinal)
        .Replace("{connector}", Pick(v.Connectors), StringComparison.Ordinal)
        .Replace("{person}", Pick(v.Persons), StringComparison.Ordinal)
        .Replace("{city}", Pick(v.Cities), StringComparison.Ordinal)
        .Replace("{number}", random.Next(2, 950).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private string Dateline(LanguageVocabulary v, DateTimeOffset date) => v.Dateline
        .Replace("{city}", Pick(v.Cities), StringComparison.Ordinal)
        .Replace("{day}", date.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{month}", v.Months[date.Month - 1], StringComparison.Ordinal)
        .Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private string Url(string site, string language, DateTimeOffset date, string title)
    {
        var slug = new string(title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        var host = new string(site.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
        return string.Create(CultureInfo.InvariantCulture, $"https://www.{host}.example/{language}/{date:yyyy/MM}/{slug[..Math.Min(60, slug.Length)]}-{number}");
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    // Templates may start with a lower-case slot ("{connector} les élus..." → "Par ailleurs, les élus...").
    private static string Capitalise(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1)) : text;
}
