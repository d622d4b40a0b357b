using Storyline.Entities;
using Storyline.Figures.Dates;
using Storyline.Figures.Numbers;
using Storyline.Languages;

namespace Storyline.Figures;

/// <summary>
/// Stage 6: the figures of an article's clean text. Dates first (<see cref="DateReader"/>), then every other number
/// (<see cref="NumberReader"/>) read with the words around it (<see cref="FigureUnits"/>), its qualifier
/// (<see cref="FigureQualifiers"/>), and what and whom it is about (<see cref="FigureAttribution"/>). Numbers inside a
/// date or a name ("Lumora Pods 2") are not figures; a written "one"/"un"/"ein" alone is an article, not a figure.
/// Thread-safe.
/// </summary>
public sealed partial class FigureRecognizer
{
    public static readonly FigureRecognizer Default = new();

    public IReadOnlyList<Figure> Recognize(string text, string language, IReadOnlyList<Entity> entities, DateTimeOffset? published)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var cues = FigureCues.For(language);
        var tokens = FigureTokens.Scan(text);
        var sentences = SentenceRanges.Of(text, tokens, cues.Abbreviations);
        var mentions = entities.SelectMany(e => e.Mentions.Select(m => (Mention: m, Entity: e))).OrderBy(m => m.Mention.Start).ToList();
        var nounsCapitalised = EntityCues.For(LanguageResources.Embedded, language).Capitalisation.Contains("nouns");

        var dates = DateReader.For(language).Read(text, published);
        var taken = new List<(int Start, int End)>(dates.Select(d => (d.Start, d.Start + d.Length)));
        taken.AddRange(mentions.Select(m => (m.Mention.Start, m.Mention.Start + m.Mention.Length)));

        var found = new List<(Figure Figure, string? Attribute)>();
        found.AddRange(dates.Select(d => (DateFigure(text, tokens, cues, d.Start, d.Start + d.Length, d.Resolved), (string?)null)));
        taken.AddRange(WebAddresses.Find(text));
        var blocked = Blocked(taken);
        var freeFrom = 0;
        var numbers = NumberReader.For(language);
        found.AddRange(GluedAmounts(text, cues, numbers, blocked).Select(f => (f, (string?)null)));
        foreach (var number in numbers.Read(text))
        {
            if (found.Count > 0 && Cents(text, tokens, cues, found[^1].Figure, number) is { } whole)
            {
                // "15 dollars 50", "zwei Euro und fünfzig Cent": the cents belong to the amount before them.
                found[^1] = (whole, found[^1].Attribute);
                freeFrom = whole.Start + whole.Length;
                continue;
            }

            if (Overlaps(blocked, number.Start, number.Start + number.Length) || !double.IsFinite(number.Value))
            {
                continue;
            }

            // A written "one"/"un"/"ein" is an article unless it is an amount of money ("one penny", "un euro").
            var unit = FigureUnits.Read(text, tokens, cues, number, nounsCapitalised, freeFrom, numbers);
            if (number.Written && !number.Scaled && Math.Abs(number.Value) == 1 && unit?.Kind != FigureKind.Money)
            {
                continue;
            }

            if (unit is null || (unit.Value.Kind == FigureKind.Count && unit.Value.Unit is null && !number.Scaled))
            {
                // "Lumora wurde 2019 gegründet", "had 2024 revenue": four digits that count nothing are a year.
                if (IsBareYear(text, number))
                {
                    found.Add((DateFigure(text, tokens, cues, number.Start, number.Start + number.Length, text.Substring(number.Start, number.Length)), null));
                    continue;
                }

                if (number.Written || CountContinuations.Of(text, tokens, cues, number, found) is not { } continued)
                {
                    continue;
                }

                unit = continued;
            }

            var reading = unit.Value;
            // "une soixantaine": the noun alone, roughly.
            var (figureStart, stated) = reading.Kind == FigureKind.Count && ApproximateNumbers.NounStart(text, tokens, cues, reading.Start, reading.End) is { } noun
                ? (noun, Qualifier.Approx)
                : (reading.Start, Qualifier.Exact);
            var length = reading.End - figureStart;
            found.Add((new Figure(text.Substring(figureStart, length), figureStart, length, reading.Kind, Round(number.Value * reading.Factor), reading.Unit, stated), reading.Attribute));
            freeFrom = reading.End;
        }

        found.Sort((a, b) => a.Figure.Start.CompareTo(b.Figure.Start));
        return Attribute(text, tokens, cues, sentences, mentions, found);
    }

    // Words further than this from a figure do not say what it measures or whom it is about; the bound also keeps a text
    // without full stops linear.
    private const int Window = 40;

    private static List<Figure> Attribute(
        string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, IReadOnlyList<(int First, int Last)> sentences,
        IReadOnlyList<(Mention Mention, Entity Entity)> mentions, List<(Figure Figure, string? Attribute)> found)
    {
        // Dates need nothing more; an article with no other figure skips the per-article subject facts below.
        if (!found.Exists(f => f.Figure.Kind != FigureKind.Date))
        {
            return found.ConvertAll(f => f.Figure);
        }

        var figures = new List<Figure>(found.Count);
        var inFigure = new bool[tokens.Count];
        foreach (var (f, _) in found.Where(f => f.Figure.Kind != FigureKind.Date))
        {
            for (var i = TokenIndex.FirstFrom(tokens, f.Start); i < tokens.Count && tokens[i].Start < f.Start + f.Length; i++)
            {
                inFigure[i] = true;
            }
        }

        var mainSoFar = FigureAttribution.MainOrganisationSoFar(mentions);
        var takeover = Takeover.Find(text, tokens, cues, sentences, mentions);
        var maker = new Maker(mentions.Select(m => m.Entity));
        var mentionStarts = mentions.Select(m => m.Mention.Start).ToArray();
        var previousEnd = 0;
        var sentence = 0;
        foreach (var (figure, implied) in found)
        {
            if (figure.Kind == FigureKind.Date)
            {
                figures.Add(figure);
                continue;
            }

            var first = TokenIndex.FirstFrom(tokens, figure.Start);
            var last = Math.Max(first, TokenIndex.LastBefore(tokens, figure.Start + figure.Length));
            while (sentence < sentences.Count - 1 && sentences[sentence].Last < first)
            {
                sentence++;
            }

            var whole = sentences[sentence];
            var range = (First: Math.Max(whole.First, first - Window), Last: Math.Min(whole.Last, last + Window));
            var sentenceStart = tokens[range.First].Start;
            var sentenceEnd = tokens[range.Last].End;
            if (previousEnd < sentenceStart)
            {
                previousEnd = sentenceStart;
            }

            var qualifier = FigureQualifiers.Of(text, tokens, cues, figure.Kind, figure.Start, range.First, previousEnd) is var written
                && written == Qualifier.Exact ? figure.Qualifier : written;
            var attribute = implied == UnitReading.None ? null : implied ?? FigureAttribution.Attribute(text, tokens, cues, range, first, last, figure.Kind, i => inFigure[i], cues.ClosedCompounds);
            attribute = attribute is not null && Sites.Attributes.Contains(attribute) ? Harmed(text, tokens, cues, first, last) ?? attribute : attribute;
            var from = LowerBound(mentionStarts, sentenceStart);
            var to = LowerBound(mentionStarts, sentenceEnd);
            var inSentence = Enumerable.Range(from, to - from).Select(i => mentions[i]).Where(m => m.Mention.Start + m.Mention.Length <= sentenceEnd).ToList();
            var earlier = Earlier(mentions, mainSoFar, from, sentenceStart, text, start => IsComplement(text, tokens, cues, start));
            var subject = (figure.Kind == FigureKind.Count ? Employer(text, tokens, cues, inSentence, last) : null)
                ?? (figure.Kind == FigureKind.Count && attribute is not null && Sites.Attributes.Contains(attribute)
                    ? Sites.Of(text, tokens, cues, inSentence, first, last) ?? Sites.TakenUp(text, tokens, cues, mentions, from, whole.First, first)
                    : null)
                ?? FigureAttribution.Subject(
                inSentence, figure.Start, figure.Start + figure.Length, earlier, Reference(text, tokens, cues, range.First, range.Last + 1, figure.Start),
                attribute is not null, start => IsComplement(text, tokens, cues, start), attribute,
                sentence > 0 ? Opener(text, tokens, cues, mentions, mentionStarts, sentences[sentence - 1]) : null);
            subject = maker.Of(subject);
            subject = takeover is null ? subject : takeover.SubjectOf(subject, attribute);
            var read = figure with { Qualifier = qualifier, Attribute = attribute, Subject = subject };
            figures.Add(figures.Count > 0 && Conversion.Of(text, figures[^1], read) is { } converted ? converted : read);
            previousEnd = figure.Start + figure.Length;
        }

        return figures;
    }

    // "La France est le pays européen qui attire le plus d'investisseurs. Plus de 10.000 projets ont ainsi été enregistrés":
    // the organisation, product or place that opens a sentence, after a definite article at most, is its subject.
    private static Entity? Opener(
        string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, IReadOnlyList<(Mention Mention, Entity Entity)> mentions, int[] mentionStarts, (int First, int Last) sentence)
    {
        var first = sentence.First + (cues.Definite.MatchAt(text, tokens, sentence.First) is { Tokens: 1 } ? 1 : 0);
        if (first > sentence.Last)
        {
            return null;
        }

        var at = tokens[first].Start;
        var i = LowerBound(mentionStarts, at);
        return i < mentions.Count && mentions[i].Mention.Start == at && mentions[i].Entity.Type is EntityType.Organisation or EntityType.Product or EntityType.Place
            ? mentions[i].Entity : null;
    }

    // How many tokens a harm verb may stand from a count of people: the verb and an article ("hirió a siete"), or the
    // count's noun and an adverb after it ("zeven medewerkers ernstig gewond").
    private const int HarmReach = 3;

    // "injured seven workers", "hirió a siete trabajadores", "raakten zeven medewerkers gewond": a count of staff that a
    // verb of harm ([harm-verbs]) stands beside counts those harmed; the attribute it names, or null.
    private static string? Harmed(string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, int first, int last)
    {
        for (var t = Math.Max(0, first - HarmReach); t < Math.Min(tokens.Count, last + 1 + HarmReach); t++)
        {
            if ((t < first || t > last) && cues.HarmVerbs.MatchAt(text, tokens, t) is { } harm)
            {
                return harm.Value;
            }
        }

        return null;
    }

    // What "the company" stands for: of the organisations named in the same paragraph before the sentence, the one the
    // article names most often (the latest on a tie: "La start-up" right after "Mistral AI"); at a paragraph's start, the
    // article's main organisation so far.
    // A name that was only a complement ("Ferrand told The Continental Ledger that ...") is not what "the company" stands for.
    private static Entity? Earlier(
        IReadOnlyList<(Mention Mention, Entity Entity)> mentions, Entity?[] mainSoFar, int from, int sentenceStart, string text, Func<int, bool> complement)
    {
        var paragraph = sentenceStart == 0 ? 0 : text.LastIndexOf('\n', sentenceStart - 1) + 1;
        Entity? best = null;
        for (var i = from - 1; i >= 0 && mentions[i].Mention.Start >= paragraph; i--)
        {
            if (mentions[i].Entity.Type == EntityType.Organisation && (best is null || mentions[i].Entity.Count > best.Count) && !complement(mentions[i].Mention.Start))
            {
                best = mentions[i].Entity;
            }
        }

        return best ?? (from > 0 ? mainSoFar[from - 1] : null);
    }

    private static int LowerBound(int[] sorted, int value)
    {
        var i = Array.BinarySearch(sorted, value);
        if (i < 0)
        {
            return ~i;
        }

        while (i > 0 && sorted[i - 1] == value)
        {
            i--;
        }

        return i;
    }

    // "The company", "La start-up", "Das 2023 gegründete Unternehmen", "pour le fabricant de ChatGPT": a definite article
    // up to three words before a noun that stands for an organisation.
    // Where it starts: the last one before the figure, else the first after it; -1 when the sentence has none.
    private static int Reference(string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, int sentenceFirst, int end, int figureStart)
    {
        var at = -1;
        for (var i = sentenceFirst; i < end; i++)
        {
            if (cues.Anaphora.MatchAt(text, tokens, i) is null)
            {
                continue;
            }

            for (var j = i - 1; j >= sentenceFirst && j >= i - 3; j--)
            {
                if (cues.Definite.MatchAt(text, tokens, j) is { Tokens: 1 })
                {
                    if (tokens[i].Start > figureStart && at >= 0)
                    {
                        return at;
                    }

                    at = tokens[i].Start;
                    break;
                }
            }
        }

        return at;
    }

    /// <summary>The most tokens between a count and the word that links it to its employer ("105 employees working at").</summary>
    private const int EmployerReach = 3;

    // "32 of the 105 employees working at Mistral", "1.200 Mitarbeiter bei Kessing", "300 salariés chez Lumora": a count
    // linked to an organisation by a word of figures.txt [employers] right after it is that organisation's, whoever
    // the sentence names first ("Sifted analysis found that …").
    private static string? Employer(
        string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, List<(Mention Mention, Entity Entity)> inSentence, int figureLast)
    {
        for (var t = figureLast + 1; t < tokens.Count && t <= figureLast + 1 + EmployerReach; t++)
        {
            if (cues.Employers.MatchAt(text, tokens, t) is { } link && t + link.Tokens < tokens.Count)
            {
                var next = tokens[t + link.Tokens].Start;
                return inSentence.FirstOrDefault(m => m.Mention.Start == next && m.Entity.Type == EntityType.Organisation).Entity?.Name;
            }
        }

        return null;
    }

    private static bool IsComplement(string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, int mentionStart)
    {
        // "de Meta et Google": a name joined to a complement by a conjunction is one too; so is a name after a complement
        // and a common noun ("auprès du fonds Northbay Capital", "by investor Northbay").
        var before = TokenIndex.LastBefore(tokens, mentionStart);
        if (before >= 1 && IsCommonNoun(text, tokens[before]) && cues.Complements.MatchEndingAt(text, tokens, before - 1) is not null)
        {
            return true;
        }

        // "selon l'AFP", "by the BBC": past the article to the complement word.
        if (before >= 1 && cues.Definite.MatchEndingAt(text, tokens, before) is { } article)
        {
            before -= article.Tokens;
        }

        for (var hops = 0; before >= 0 && hops < 3; hops++)
        {
            if (cues.Complements.MatchEndingAt(text, tokens, before) is not null)
            {
                return true;
            }

            if (cues.Conjunctions.MatchAt(text, tokens, before) is not { Tokens: 1 } || before < 2)
            {
                return false;
            }

            // Step over the joined name (one or two words) to the word before it.
            before -= char.IsUpper(text[tokens[before - 2].Start]) ? 3 : 2;
        }

        return false;
    }

    private static Figure? Cents(string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, Figure money, NumberMatch number)
    {
        var moneyEnd = money.Start + money.Length;
        if (money.Kind != FigureKind.Money || money.Value is not { } whole || whole != Math.Floor(whole) || number.Value is < 1 or >= 100
            || number.Value != Math.Floor(number.Value) || number.Start < moneyEnd || char.IsDigit(text[moneyEnd - 1]))
        {
            return null;
        }

        // Between them: spaces and at most one conjunction; after the number: a hundredths word, or nothing that makes it a figure.
        var between = TokenIndex.FirstFrom(tokens, moneyEnd);
        var first = TokenIndex.FirstFrom(tokens, number.Start);
        if (first - between > 1 || (first - between == 1 && cues.Conjunctions.MatchAt(text, tokens, between) is not { Tokens: 1 }) || number.Start - moneyEnd > 6)
        {
            return null;
        }

        var end = number.Start + number.Length;
        var next = TokenIndex.FirstFrom(tokens, end);
        if (next < tokens.Count && tokens[next].Start - end <= 1 && cues.Subunits.MatchAt(text, tokens, next) is { } subunit)
        {
            end = tokens[next + subunit.Tokens - 1].End;
        }
        else if (next < tokens.Count && tokens[next].Start - end <= 1
            && (char.IsLetterOrDigit(text[tokens[next].Start]) || cues.Currencies.MatchAt(text, tokens, next) is not null))
        {
            // "10 $ 30 $": a number with its own currency is a second amount.
            return null;
        }

        return money with { Text = text[money.Start..end], Length = end - money.Start, Value = Round(whole + (number.Value / 100)) };
    }

    // 16.4 × 10⁶ is 16399999.999999998 in binary: fifteen significant digits are all a written figure has.
    private static double Round(double value) =>
        value == 0 || Math.Abs(value) >= 1e15 ? value : Math.Round(value, Math.Clamp(14 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 15));

    // Dates, names and web addresses, merged and sorted, so that each number is checked in logarithmic time.
    private static (int Start, int End)[] Blocked(List<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var (start, end) in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && start < merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((start, end));
            }
        }

        return [.. merged];
    }

    // "fin de 2026", "ersten Quartal 2026", "mid-June", "lundi soir": words that narrow a date within it belong to its span.
    private static Figure DateFigure(string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, int start, int end, string? resolved)
    {
        var before = TokenIndex.LastBefore(tokens, start);
        if (before >= 0 && start - tokens[before].End <= 1 && cues.DatePrefixes.MatchEndingAt(text, tokens, before) is { } prefix)
        {
            start = tokens[before - prefix.Tokens + 1].Start;
        }
        else if (start > 1 && text[start - 1] == '-' && TokenIndex.LastBefore(tokens, start - 1) is var glued and >= 0
            && tokens[glued].End == start - 1 && cues.DatePrefixes.MatchAt(text, tokens, glued) is { Tokens: 1 })
        {
            start = tokens[glued].Start;
        }

        var after = TokenIndex.FirstFrom(tokens, end);
        if (after < tokens.Count && tokens[after].Start - end == 1 && cues.DateSuffixes.MatchAt(text, tokens, after) is { } suffix)
        {
            end = tokens[after + suffix.Tokens - 1].End;
        }

        return new Figure(text[start..end], start, end - start, FigureKind.Date, null, null, Qualifier.Exact) { Date = resolved };
    }

    // "USD115", "115.5USD": an ISO code written against the amount, one word for the scan and no number for the reader.
    private static IEnumerable<Figure> GluedAmounts(string text, FigureCues cues, NumberReader numbers, (int Start, int End)[] blocked)
    {
        foreach (System.Text.RegularExpressions.Match m in GluedCode().Matches(text))
        {
            var code = (m.Groups["before"].Success ? m.Groups["before"] : m.Groups["after"]).Value;
            var digits = m.Groups["amount"].Value;
            if (Overlaps(blocked, m.Index, m.Index + m.Length) || cues.Currencies.MatchAt(code, FigureTokens.Scan(code), 0) is not { } currency
                || currency.Value.Length != 3 || numbers.Read(digits) is not [var amount] || amount.Length != digits.Length)
            {
                continue;
            }

            yield return new Figure(m.Value, m.Index, m.Length, FigureKind.Money, amount.Value, currency.Value.ToUpperInvariant(), Qualifier.Exact);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:(?<before>[A-Za-z]{3})(?<amount>\d+(?:[.,]\d+)*)|(?<amount>\d+(?:[.,]\d+)*)(?<after>[A-Za-z]{3}))\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex GluedCode();

    private static bool IsBareYear(string text, NumberMatch number) =>
        !number.Written && !number.Scaled && number.Length == 4 && number.Value is >= 1900 and <= 2099
        && !text.AsSpan(number.Start, 4).ContainsAnyExcept("0123456789");

    // Two letters and more: French articles ("passés par le CEA") stand between a complement and a name as well as nouns do.
    private static bool IsCommonNoun(string text, FigureToken token) =>
        token.Length >= 2 && char.IsLower(text[token.Start]) && token.Lower.All(char.IsLetter);

    private static bool Overlaps((int Start, int End)[] blocked, int start, int end)
    {
        int lo = 0, hi = blocked.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (blocked[mid].End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < blocked.Length && blocked[lo].Start < end;
    }
}
