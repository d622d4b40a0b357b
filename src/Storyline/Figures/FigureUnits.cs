using Storyline.Figures.Numbers;

namespace Storyline.Figures;

/// <summary>
/// Reads the words around a number: a currency sign or code before it ("$6.6bn", "EUR 125"); after it a percent sign or
/// word, a currency (after a link word: "6,6 milliards de dollars"), a time unit, a measurement unit, an age, or a counted
/// noun (after a link word and one adjective at most: "200 millions d'utilisateurs", "deux anciens ingénieurs").
/// </summary>
public static class FigureUnits
{
    private const int MaxGap = 1;

    // The attribute column of figures.txt [counted] for a noun that implies none.
    private const string NoAttribute = "none";

    /// <summary>The reading of <paramref name="number"/>; a currency sign before it counts only from <paramref name="freeFrom"/> on ("17 USD 25": USD belongs to 17).</summary>
    public static UnitReading? Read(string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, NumberMatch number, bool nounsCapitalised, int freeFrom, NumberReader reader)
    {
        var start = number.Start;
        var end = number.Start + number.Length;
        var after = TokensAfter(text, tokens, end);
        if (IsClockTime(text, after, end, cues))
        {
            return null;
        }

        // "percent of 10", "pourcentage de vingt": the share named before its number.
        var before = TokenIndex.LastBefore(tokens, start);
        if (before >= 0 && start - tokens[before].End <= MaxGap && cues.PercentBefore.MatchEndingAt(text, tokens, before) is { } sharePhrase
            && tokens[before - sharePhrase.Tokens + 1].Start >= freeFrom)
        {
            return new UnitReading(FigureKind.Percent, sharePhrase.Value, tokens[before - sharePhrase.Tokens + 1].Start, end, null);
        }

        if (CurrencyBefore(text, tokens, cues, start) is { } sign && sign.Start >= freeFrom)
        {
            // "$ 2.75", "€180m", "US$ 1MM"; a currency word after as well ("$ 5 dollars") is rare and left out.
            return new UnitReading(FigureKind.Money, sign.Code, sign.Start, end, null);
        }

        if (after.Count == 0)
        {
            return Bare(number, start, end);
        }

        if (Match(cues.Percent, text, after, 0, end) is { } percent)
        {
            return new UnitReading(FigureKind.Percent, percent.Value, start, percent.End, null);
        }

        var link = Match(cues.CurrencyLinks, text, after, 0, end);
        var currencyAt = link is null ? 0 : link.Value.Tokens;
        var currencyFrom = link?.End ?? end;
        if (Match(cues.Currencies, text, after, currencyAt, currencyFrom) is { } currency)
        {
            // "75 USD million": a scale word may follow the code.
            if (currency.Tokens < after.Count && after[currency.Tokens].Start - currency.End == 1 && ScaleOf(after[currency.Tokens].Lower, reader) is { } scale)
            {
                return new UnitReading(FigureKind.Money, currency.Value.ToUpperInvariant(), start, after[currency.Tokens].End, null, scale);
            }

            return new UnitReading(FigureKind.Money, currency.Value.ToUpperInvariant(), start, currency.End, null);
        }

        // "48-hour strike", "48-stündigen Streik": a duration written as a compound adjective.
        if (after[0].Lower == "-" && after[0].Start == end && Match(cues.Durations, text, after, 1, after[0].End) is { } adjective)
        {
            return new UnitReading(FigureKind.Duration, adjective.Value, start, adjective.End, null);
        }

        // "a 12-cent dividend", "a one-yen bid": money written as a compound adjective.
        if (after[0].Lower == "-" && after[0].Start == end && Match(cues.Currencies, text, after, 1, after[0].End) is { } coin)
        {
            return new UnitReading(FigureKind.Money, coin.Value.ToUpperInvariant(), start, coin.End, null);
        }

        if (after[0].Lower == "-" && after[0].Start == end && Match(cues.Subunits, text, after, 1, after[0].End) is { } cent
            && cent.Value.Split('\t') is [var centCode, var centShare]
            && double.TryParse(centShare, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var centFactor))
        {
            return new UnitReading(FigureKind.Money, centCode.ToUpperInvariant(), start, cent.End, null, centFactor);
        }

        // "50 cents", "197 pence": money in the currency's main unit.
        if (link is null && Match(cues.Subunits, text, after, 0, end) is { } subunit && subunit.Value.Split('\t') is [var code, var share]
            && double.TryParse(share, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var factor))
        {
            return new UnitReading(FigureKind.Money, code.ToUpperInvariant(), start, subunit.End, null, factor);
        }

        if (link is null && Match(cues.Durations, text, after, 0, end) is { } duration)
        {
            if (duration.Value == "hours" && IsClockHour(text, tokens, cues, start))
            {
                return null;
            }

            return IsAge(text, tokens, cues, start, after, duration.Tokens)
                ? new UnitReading(FigureKind.Other, "age", start, duration.End, "age")
                : new UnitReading(FigureKind.Duration, duration.Value, start, duration.End, null);
        }

        if (link is null && Match(cues.Measures, text, after, 0, end) is { } measure)
        {
            return new UnitReading(FigureKind.Other, measure.Value, start, measure.End, null);
        }

        if (Counted(text, after, cues, link, end) is { } counted && !(counted.Skipped && LooksLikeYear(number)))
        {
            var parts = counted.Value.Split('\t');
            // A noun that names what it measures says so ("1,800 employees"); a plain one ("550 personnes") leaves it to the
            // sentence; one marked "none" ("10.000 projets") measures nothing the sentence's cue words name.
            var attribute = parts.Length > 1 ? (parts[1] == NoAttribute ? UnitReading.None : parts[1]) : null;
            return new UnitReading(FigureKind.Count, parts[0], start, end, attribute);
        }

        // A number before a noun the lexicon does not know still counts that noun ("deux anciens ingénieurs" aside, "3.000 Filialen").
        if (!LooksLikeYear(number) && link is null && after[0].Start - end <= MaxGap && IsNoun(text, after[0], nounsCapitalised))
        {
            return new UnitReading(FigureKind.Count, after[0].Lower, start, end, UnitReading.None);
        }

        // "una docena de destinos", "un millier de militants": an approximate number counts the noun after its link too.
        if (link is { } of && of.Tokens < after.Count && after[of.Tokens].Start - of.End <= MaxGap && IsNoun(text, after[of.Tokens], nounsCapitalised)
            && TokenIndex.LastBefore(tokens, end) is var last and >= 0 && cues.Approximations.MatchAt(text, tokens, last) is { Tokens: 1 })
        {
            return new UnitReading(FigureKind.Count, after[of.Tokens].Lower, start, end, UnitReading.None);
        }

        return Bare(number, start, end);
    }

    // A scaled number with nothing after it ("à 41 millions") is still a count; a plain one is not a figure.
    private static UnitReading? Bare(NumberMatch number, int start, int end) =>
        number.Scaled ? new UnitReading(FigureKind.Count, null, start, end, null) : null;

    // "seit 2023 gegründete", "in 2025 will": a year the date reader left without a cue is not a count.
    private static bool LooksLikeYear(NumberMatch number) =>
        !number.Scaled && number.Value is >= 1900 and <= 2100 && number.Value == Math.Floor(number.Value);

    // A scale word alone ("million", "Mrd.") as the number reader knows it: the value of "1 million" is its factor.
    private static double? ScaleOf(string word, NumberReader reader) =>
        word.Length > 2 && reader.Read("1 " + word) is [{ Scaled: true, Start: 0 } one] && one.Length == word.Length + 2 ? one.Value : null;

    // "Das 2023 gegründete Unternehmen": a year before an adjective is no count of the noun after it.
    private static (string Value, bool Skipped)? Counted(string text, IReadOnlyList<FigureToken> after, FigureCues cues, (string Value, int Tokens, int End)? link, int end)
    {
        var at = link?.Tokens ?? 0;
        var from = link?.End ?? end;
        for (var skipped = 0; skipped <= 1 && at < after.Count; skipped++)
        {
            if (Match(cues.Counted, text, after, at, from) is { } noun)
            {
                return (noun.Value, skipped > 0);
            }

            if (!after[at].Lower.All(char.IsLetter))
            {
                return null;
            }

            from = after[at].End;
            at++;
        }

        return null;
    }

    private static bool IsNoun(string text, FigureToken token, bool nounsCapitalised)
    {
        // In a script written without spaces the token runs on to the end of the clause ("日发出的通知上诉人的信函"): where
        // its noun ends is not known.
        if (token.Length < 3 || !token.Lower.All(char.IsLetter) || Text.UnspacedScripts.Contains(text[token.Start]))
        {
            return false;
        }

        var capital = char.IsUpper(text[token.Start]);
        return nounsCapitalised ? capital : !capital;
    }

    // "8h30", "14:30", "8.30 Uhr" are times of day, not figures.
    private static bool IsClockTime(string text, IReadOnlyList<FigureToken> after, int end, FigureCues cues)
    {
        if (end < text.Length - 1 && text[end] == ':' && char.IsDigit(text[end + 1]))
        {
            return true;
        }

        if (after.Count > 0 && after[0].Start - end <= MaxGap && cues.ClockWords.MatchAt(text, after, 0) is { Tokens: 1 } clock)
        {
            // "h" is a clock word only glued to minutes ("8h30") or alone after the hour ("à 8 h").
            var token = after[0];
            return token.Lower != "h" || token.End >= text.Length || !char.IsLetter(text[token.End]);
        }

        return false;
    }

    // "à 18 heures", "um 8 Stunden" is an hour of the day.
    private static bool IsClockHour(string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, int start)
    {
        var before = TokenIndex.LastBefore(tokens, start);
        return before >= 0 && cues.ClockCues.MatchEndingAt(text, tokens, before) is not null;
    }

    // "âgé de 34 ans", or an apposition "Camille Ferrand, 34 ans," after a name.
    private static bool IsAge(string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, int start, IReadOnlyList<FigureToken> after, int unitTokens)
    {
        var before = TokenIndex.LastBefore(tokens, start);
        if (before >= 0 && cues.AgeCues.MatchEndingAt(text, tokens, before) is not null)
        {
            return true;
        }

        var closes = unitTokens >= after.Count || after[unitTokens].Lower is "," or ")" or ";";
        return before > 0 && tokens[before].Lower == "," && closes && char.IsUpper(text[tokens[before - 1].Start])
            && cues.Durations.MatchAt(text, after, 0)?.Value == "years";
    }

    private static (string Code, int Start)? CurrencyBefore(string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, int start)
    {
        var before = TokenIndex.LastBefore(tokens, start);
        if (before < 0 || start - tokens[before].End > MaxGap)
        {
            return null;
        }

        if (cues.Currencies.MatchEndingAt(text, tokens, before, glued: true) is not { } hit)
        {
            return null;
        }

        // Only signs and codes stand before the amount ("$", "US$", "EUR"); a currency word there belongs to something else.
        var first = tokens[before - hit.Tokens + 1];
        var written = text[first.Start..tokens[before].End];
        return written.Length <= 4 || written.Any(c => !char.IsLetter(c)) ? (hit.Value.ToUpperInvariant(), first.Start) : null;
    }

    private static (string Value, int Tokens, int End)? Match(PhraseTable table, string text, IReadOnlyList<FigureToken> after, int at, int from)
    {
        if (at >= after.Count || after[at].Start - from > MaxGap || table.MatchAt(text, after, at) is not { } hit)
        {
            return null;
        }

        return (hit.Value, at + hit.Tokens, after[at + hit.Tokens - 1].End);
    }

    // The tokens after the number; a unit glued to it ("5km", "10%") starts inside a token the scan made whole.
    private static IReadOnlyList<FigureToken> TokensAfter(string text, IReadOnlyList<FigureToken> tokens, int end)
    {
        var list = new List<FigureToken>(8);
        var i = TokenIndex.FirstFrom(tokens, end);
        if (i > 0 && tokens[i - 1].End > end)
        {
            var glued = tokens[i - 1];
            list.AddRange(FigureTokens.Scan(text[end..glued.End]).Select(t => t with { Start = t.Start + end }));
        }

        for (; i < tokens.Count && list.Count < 8; i++)
        {
            list.Add(tokens[i]);
        }

        return list;
    }
}
