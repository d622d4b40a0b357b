using System.Collections.Concurrent;
using Storyline.Entities;
using Storyline.Languages;
using Storyline.Text;

namespace Storyline.Quotes;

/// <summary>
/// Stage 7: the direct quotations of an article's clean text (<see cref="QuoteMarks"/>), its indirect speech
/// (<see cref="ReportedSpeech"/>), and who said them (<see cref="QuoteSpeakers"/>, from
/// <c>Resources/&lt;lang&gt;/quotes.txt</c> and the article's entities). A direct quote inside a reported clause is part
/// of that indirect quote ("said the plan was “a disaster”"), never a quote of its own.
/// A pair of marks around fewer than <see cref="MinimumWords"/> words is a name, a title or a scare quote, not a quote,
/// unless a naming cue stands before it ("nannte den Plan „Wortbruch“"), it starts in lower case in a sentence of
/// speech ("a reconnu un « raté industriel »") or a comma and its attribution follow it ("„Wir wachsen“, sagte sie");
/// so are marks around a longer name or title (<see cref="QuoteNames"/>) and a few capitalised words with no speech
/// around them („Woche des verbotenen Buches“).
/// Linear in the length of the text; never throws on malformed marks. Thread-safe.
/// </summary>
public sealed class QuoteRecognizer
{
    /// <summary>
    /// The fewest words a quote has: «Live», "golden power" and „Zukunft 2030“ are names or scare quotes; a sentence
    /// a person said has a subject and a verb at least ("We will appeal"). Text without spaces (CJK) counts two characters
    /// a word, about the mean length of a Chinese or Japanese word, so 「東京」 and 『新製品』 are names.
    /// </summary>
    public const int MinimumWords = 3;

    /// <summary>
    /// The fewest words of a capitalised quote that may stand in a sentence without a sign of speech: shorter, it is a
    /// name or a title (<see cref="Titled"/>). On the WikiNews dev part 4, 5, 6 and 8 words gave direct-quote F1 0.872 to
    /// 0.876: the rule matters, the exact length little.
    /// </summary>
    public const int ShortestStatement = 6;

    // Fewer letters are an elision between marks ("rock ‘n’ roll"), not words someone said.
    private const int ShortestFragment = 3;

    public static readonly QuoteRecognizer Default = new();

    private readonly bool keepNestedDirect;

    /// <param name="keepNestedDirect">
    /// Also keep the direct quotes inside reported clauses ("sagen, der Pilot trage die „volle Verantwortung“"), for data
    /// labelled that way (WikiNews); by default the clause is one indirect quote with the marks inside, as in the sample gold.
    /// </param>
    public QuoteRecognizer(bool keepNestedDirect = false) => this.keepNestedDirect = keepNestedDirect;

    /// <summary>This recogniser, keeping the direct quotes inside reported clauses.</summary>
    public QuoteRecognizer KeepingNestedDirect => keepNestedDirect ? this : Nested;

    private static readonly QuoteRecognizer Nested = new(keepNestedDirect: true);

    // How far (in characters) a quote without a cue may start after the previous quote to be its continuation: an
    // attribution and a short sentence or two between them. On the WikiNews and PolNeAR dev parts, 80 → 150 → 300
    // characters raised speaker accuracy (0.451 → 0.456 → 0.461, 0.568 → 0.612 → 0.618); 1000 no longer helped.
    public const int Continuation = 300;

    // entities.txt is parsed once a language: titles and determiners for speakers the tagger missed.
    private static readonly ConcurrentDictionary<string, EntityCues> EntityCuesOf = new(StringComparer.Ordinal);

    public IReadOnlyList<Quote> Recognize(string text, string language, IReadOnlyList<Entity> entities)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var spans = QuoteMarks.Find(text);
        var quotes = new List<Quote>();
        QuoteSpeakers? speakers = null;
        QuoteNames? names = null;
        for (var index = 0; index < spans.Count; index++)
        {
            var span = spans[index];
            var (start, end) = Whitespace.Trimmed(text, span.Open + 1, span.End);
            var words = Words(text, start, end, ShortestStatement);
            if (words == 0)
            {
                continue;
            }

            // Tokens and mentions are read only for articles that quote someone.
            var cues = QuoteCues.For(language);
            speakers ??= new QuoteSpeakers(text, cues, TitlesOf(language), entities, spans);
            names ??= new QuoteNames(text, cues, TitlesOf(language), entities);
            if (speakers.IsSourceTitle(span))
            {
                continue;
            }

            // „Wortbruch“ after "nannte den Plan", “a disaster” after "called it": a word or two are a quote after a naming cue.
            // « raté industriel » in "a reconnu un …", „volle Verantwortung“ in "sagen, der Pilot trage die …": a fragment
            // that starts in lower case, inside a sentence of speech, is the speaker's words (a capitalised one is more
            // often a name or a title); inside a reported clause the clause holds it, unless nested quotes are kept.
            if (words < MinimumWords && !speakers.Named(span)
                && !(char.IsLower(text[start]) && end - start >= ShortestFragment && speakers.Spoken(span) && !speakers.SubjectOfVerbAfter(span))
                && !AttributedRightAfter(text, span, speakers))
            {
                continue;
            }

            // Only a quote its source was credited with by a cue is one a pronoun goes on with.
            speakers.Previous = quotes.Count > 0 && quotes[^1] is { Speaker: { } before, Cue: not null } previousQuote
                ? (before, previousQuote.Start + previousQuote.Length)
                : null;
            var (speaker, cueSpan, phrase) = speakers.Find(span);
            var cue = cueSpan?.In(text);
            if (speaker is null && cueSpan is { } cueAt && speakers.DroppedSubject(speakers.TokenAt(cueAt.Start), start) is { } dropped)
            {
                (speaker, phrase) = (dropped, null);
            }

            if (names.IsName(spans, index, start, end, cued: cue is not null) || Titled(text, span, start, end, words, speakers))
            {
                continue;
            }

            // Where the text names the speaker: a continuation's is the quote's before it.
            TextSpan? said = null;
            var continued = false;

            // „…“ sagte Beck. „Die Menschen hier …“: a quote that opens its sentence with no cue goes on the one before,
            // when only a short stretch of text lies between them; not one whose own sentence names its speaker in words
            // ("Der Mieterverein widersprach: „…“"). On WikiNews dev: shown 0.659 → 0.661, speaker 0.553 → 0.548 (a
            // subjunctive sentence whose subject the gold reads as the speaker before, and a name the tagger missed).
            if (speaker is null && cue is null && phrase is null && quotes.Count > 0 && quotes[^1] is { } last && (last.Speaker ?? last.SpeakerText) is not null
                && start - (last.Start + last.Length) <= Continuation)
            {
                (speaker, phrase, said, continued) = (last.Speaker, last.SpeakerText, last.SpeakerSpan, true);
            }

            // Else a quote in a sentence of reported speech that goes on from the one before is that one's subject's.
            if (speaker is null && cue is null && phrase is null && speakers.ReportedBefore(span) is { } reported)
            {
                (speaker, said, continued) = (reported.Speaker, reported.Said, true);
            }

            // Else a quote that is a sentence of its own goes to the one person the sentence before it names. On the held-back
            // WikiNews part speaker accuracy went 0.509 → 0.553; dev parts 0.508 → 0.511 (WikiNews), 0.654 → 0.656 (PolNeAR).
            if (speaker is null && cue is null)
            {
                speaker = speakers.OnlyPersonBefore(span);
            }

            // Else one right after a sentence that reports someone's speech is theirs ("…, sagte er. „Wir haben …“").
            if (speaker is null && cue is null && phrase is null)
            {
                speaker = speakers.SpokenBefore(span);
            }

            speaker ??= speakers.NamedByNoun(phrase, start);
            if (!continued)
            {
                said = speakers.SpeakerSpan(speaker, phrase, cueSpan, new TextSpan(start, end - start));
            }

            // A description the text names the speaker with beside the cue is what readers are shown, where no entity is; one
            // that takes up a name written before it ("…, the court said" after "the Hamburg Regional Court") is that name,
            // but not one named after it ("The mayor called Ines Halvorsen …").
            if (speaker is null)
            {
                (speaker, phrase) = speakers.BySpan(phrase, said);
            }

            // A straight ' is as often a headline's scare quote or a nested quote in copy that marks quotes otherwise: it
            // quotes someone only where the text says who speaks.
            if (text[span.Open] == '\'' && speaker is null && phrase is null && cue is null)
            {
                continue;
            }

            quotes.Add(new Quote(text[start..end], start, end - start, QuoteKind.Direct, speaker, cue) { SpeakerText = speaker is null ? phrase : null, SpeakerSpan = said });
        }

        var reporting = QuoteCues.For(language).Reporting;
        if (reporting.Verbs.IsEmpty)
        {
            return quotes;
        }

        speakers ??= new QuoteSpeakers(text, QuoteCues.For(language), TitlesOf(language), entities, spans);
        speakers.Previous = null;
        return WithReported(text, quotes, speakers, reporting, language);
    }

    private List<Quote> WithReported(string text, List<Quote> direct, QuoteSpeakers speakers, ReportingCues cues, string language)
    {
        var tokens = speakers.Tokens;
        var spans = direct.Select(q => (q.Start, q.Start + q.Length)).ToList();
        var reading = new ReportedSpeech(text, tokens, cues, TitlesOf(language).Determiners, speakers.Ends, spans, speakers.NamesPerson, speakers.FollowsSource);
        var clauses = reading.Find();
        if (clauses.Count == 0)
        {
            return direct;
        }

        var reported = new List<Quote>();
        Quote? last = null;
        var d = 0;
        var toldAt = -1;
        foreach (var clause in clauses)
        {
            // The quote that ended last before the clause, direct or reported, is the one a subjunctive sentence goes on with.
            for (; d < direct.Count && direct[d].Start + direct[d].Length <= clause.Start; d++)
            {
                last = last is null || direct[d].Start + direct[d].Length > last.Start + last.Length ? direct[d] : last;
            }

            string? speaker, cue = null, phrase = null;
            TextSpan? said;
            if (clause.By == ReportedBy.Continued)
            {
                // "Innenminister Berger äußerte sich am Montag in Berlin. Jeder Bürger könne …": right after a sentence whose
                // reporting verb has no clause, the subjunctive goes on with the speaker that sentence names.
                // A quote of that sentence's own says whose words it reports instead. Both lists are in text order: the
                // nearest sentence before the clause is found by one pass over all clauses.
                while (toldAt + 1 < reading.Told.Count && reading.Told[toldAt + 1].Start <= clause.Start)
                {
                    toldAt++;
                }

                var told = toldAt >= 0 && reading.Told[toldAt] is var before && text.AsSpan(before.Start, clause.Start - before.Start).Trim().Trim('.').IsEmpty
                    && (last is null || last.Start < tokens[before.From].Start) ? before : (ReportedClause?)null;
                var toldSpeaker = told is { } named ? speakers.Reported(named) : null;
                var toldPhrase = told is { } phrased && toldSpeaker is null ? speakers.ReportedPhrase(phrased) : null;
                if (told is { } toldClause && (toldSpeaker is not null || toldPhrase is not null))
                {
                    (speaker, phrase) = (toldSpeaker, toldPhrase);
                    var toldCue = new TextSpan(tokens[toldClause.Cue].Start, tokens[toldClause.CueEnd - 1].End - tokens[toldClause.Cue].Start);
                    said = speakers.SpeakerSpan(speaker, phrase, toldCue, new TextSpan(clause.Start, clause.End - clause.Start), reported: true);
                }
                else if (last is null || clause.Start - (last.Start + last.Length) > Continuation)
                {
                    continue;
                }
                else
                {
                    (speaker, phrase, said) = (last.Speaker, last.SpeakerText, last.SpeakerSpan);
                }
            }
            else
            {
                speaker = speakers.Reported(clause);
                phrase = speaker is null ? speakers.ReportedPhrase(clause) : null;
                var words = phrase;
                if (speakers.NamedByNoun(phrase, clause.Start) is { } named)
                {
                    (speaker, phrase) = (named, null);
                }

                var cueSpan = new TextSpan(tokens[clause.Cue].Start, tokens[clause.CueEnd - 1].End - tokens[clause.Cue].Start);
                cue = cueSpan.In(text);
                said = speakers.SpeakerSpan(speaker, words, cueSpan, new TextSpan(clause.Start, clause.End - clause.Start), reported: true);
                if (speaker is null)
                {
                    (speaker, phrase) = speakers.BySpan(phrase, said);
                }
            }

            last = new Quote(text[clause.Start..clause.End], clause.Start, clause.End - clause.Start, QuoteKind.Indirect, speaker, cue) { SpeakerText = phrase, SpeakerSpan = said };
            reported.Add(last);
        }

        // Both lists are in text order and the reported clauses do not overlap: one merge pass drops the direct quotes
        // a clause holds.
        var kept = new List<Quote>(direct.Count);
        var r = 0;
        foreach (var quote in direct)
        {
            while (r < reported.Count && reported[r].Start + reported[r].Length <= quote.Start)
            {
                r++;
            }

            var outside = r >= reported.Count || reported[r].Start > quote.Start || reported[r].Start + reported[r].Length < quote.Start + quote.Length;
            if (outside)
            {
                kept.Add(quote);
            }
            else if (keepNestedDirect)
            {
                // Marked words inside a reported clause with no speaker of their own are the clause speaker's; so are
                // those whose speaker no cue of theirs named, where a cue names the clause's ("erklärte die Fraktion zum
                // Rücktritt Hartmanns, sie nehme die Entscheidung „zur Kenntnis“": not Hartmann's words).
                var clause = reported[r];
                // A name inside the words the clause names its speaker with ("der Friedensnobelpreisträger Adolfo Pérez
                // Esquivel") is that speaker, though the clause did not take it up.
                // Words a cue of the quote's own names nearer the quote than the clause's speaker are its speaker too ("Nach
                // Angaben des Verfassungsschutzes … die nach Bewertung von Polizei und Staatsanwaltschaft „…“ hergibt").
                var own = (quote.Speaker is not null && (quote.Cue is not null || clause.Cue is null || (clause.Speaker ?? clause.SpeakerText) is null
                    || (quote.SpeakerSpan is { } named && clause.SpeakerSpan is { } naming && named.Overlaps(naming))))
                    || (quote is { Cue: not null, SpeakerText: not null, SpeakerSpan: { } nearer } && clause.SpeakerSpan is { } farther
                        && nearer.Start >= farther.Start + farther.Length);
                kept.Add(own ? quote
                    : clause.Speaker is not null || quote.Speaker is not null ? quote with { Speaker = clause.Speaker, SpeakerText = clause.SpeakerText, SpeakerSpan = clause.SpeakerSpan }
                    // The words a cue names the clause's speaker with outweigh the sentence's opening words that the marks
                    // alone had ("Am Dienstag teilte die Stadtverwaltung mit, man werde „…“").
                    : clause.Cue is not null && quote.Cue is null && clause.SpeakerText is not null
                        ? quote with { SpeakerText = clause.SpeakerText, SpeakerSpan = clause.SpeakerSpan }
                        : quote with { SpeakerText = quote.SpeakerText ?? clause.SpeakerText, SpeakerSpan = quote.SpeakerSpan ?? clause.SpeakerSpan });
            }
        }

        return [.. Continued(kept, reported).Concat(reported).OrderBy(q => q.Start)];
    }

    // Characters at most between reported speech and a quote that goes on from it (its cue and a full stop).
    private const int ReportedReach = 60;

    // „…“, sagte ein Ligasprecher. … Das Stadion gehöre der Stadt, erklärte sie. »Wer entscheidet …?«: a quote without a cue
    // of its own goes on from the reported speech right before it, not from an older quote whose speaker it took.
    private static IEnumerable<Quote> Continued(List<Quote> direct, List<Quote> reported)
    {
        var r = 0;
        foreach (var quote in direct)
        {
            while (r < reported.Count && reported[r].Start + reported[r].Length <= quote.Start)
            {
                r++;
            }

            var before = r > 0 ? reported[r - 1] : null;
            yield return quote is { Kind: QuoteKind.Direct, Cue: null } && before is { } clause && (clause.Speaker ?? clause.SpeakerText) is not null
                && quote.Start - (clause.Start + clause.Length) <= ReportedReach && clause.SpeakerSpan is { } naming
                && quote.SpeakerSpan is { } named && named.End <= clause.Start && !named.Overlaps(naming)
                ? quote with { Speaker = clause.Speaker, SpeakerText = clause.SpeakerText, SpeakerSpan = clause.SpeakerSpan }
                : quote;
        }
    }

    // „Wir wachsen“, sagte Marie Dubois; “We grow,” said Marie Dubois: a comma and a cue right after the closing mark
    // attribute even a word or two.
    private static bool AttributedRightAfter(string text, QuoteSpan span, QuoteSpeakers speakers)
    {
        if (span.Close < 1 || span.Close + 1 >= text.Length)
        {
            return false;
        }

        var after = text.AsSpan(span.Close + 1);
        var comma = after[0] == ',' || text[span.Close - 1] == ',';
        return comma && speakers.Find(span) is { Cue: { } cue } && after.TrimStart(", ").StartsWith(cue.In(text), StringComparison.Ordinal);
    }

    // „Woche des verbotenen Buches“, “All Things Considered”: three to five words that start with a capital, inside a
    // sentence with no sign of speech around them and not ending in a full stop, are a name or a title (fewer words are
    // a quote only after a naming cue, above), unless a naming cue names them ("sprach von einer „Gefahr für Leib und
    // Leben“"). A quote that opens its sentence („Wir sind unwillkommene Zeugen“,
    // zitierte man …) is left to the attribution after it.
    private static bool Titled(string text, QuoteSpan span, int start, int end, int words, QuoteSpeakers speakers) =>
        (words is >= MinimumWords and < ShortestStatement && char.IsUpper(text[start]) && text[end - 1] is not ('.' or '!' or '?' or '…')
            && !OpensSentence(text, span.Open) && !speakers.Spoken(span, asPhrase: true) && !speakers.Named(span))
        || (TitleCased(text.AsSpan(start, end - start)) && !speakers.Spoken(span) && !speakers.Named(span));

    // “A Bigger Bang”, „And Tango Makes Three“: every word of a few with a capital, none closing a sentence, is a title or
    // a name in any language, even beside a speech cue in the next sentence; in a sentence of speech it is what was said
    // ("said the plan was “A Fair Deal For Lahr”"). A sentence has small words: „Gewalt gegen Kinder“ is left to the rule
    // above.
    private static bool TitleCased(ReadOnlySpan<char> quote)
    {
        if (quote.Length == 0 || quote[^1] is '.' or '!' or '?' or '…' or ',' or ':' or ';')
        {
            return false;
        }

        var words = 0;
        foreach (var range in quote.Split(' '))
        {
            var word = quote[range];
            if (word.Length == 0)
            {
                continue;
            }

            if (!char.IsUpper(word[0]))
            {
                return false;
            }

            words++;
        }

        return words is >= MinimumWords and < ShortestStatement;
    }

    private static bool OpensSentence(string text, int open)
    {
        var i = open - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or ':' or '\n' or '\r' || QuoteSpeakers.Marks.Contains(text[i], StringComparison.Ordinal);
    }

    private static EntityCues TitlesOf(string language) =>
        EntityCuesOf.GetOrAdd(language, l => EntityCues.For(LanguageResources.Embedded, l));

    private static int Words(string text, int start, int end, int most)
    {
        // Counted in halves: a spaced word is two, a CJK character one.
        var halves = 0;
        var inWord = false;
        for (var i = start; i < end && halves < 2 * most; i++)
        {
            var c = text[i];
            if (IsCjk(c))
            {
                halves++;
                inWord = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                halves += inWord ? 0 : 2;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
        }

        return halves / 2;
    }

    // Han, kana and hangul are written without spaces between words.
    private static bool IsCjk(char c) =>
        c is (>= '\u3040' and <= '\u30ff') or (>= '\u3400' and <= '\u9fff') or (>= '\uac00' and <= '\ud7af');
}
