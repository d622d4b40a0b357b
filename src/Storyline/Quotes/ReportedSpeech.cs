using Storyline.Figures;

namespace Storyline.Quotes;

/// <summary>
/// The reported clauses of a text, one sentence at a time, from the [reporting] words of <c>quotes.txt</c>: the clause
/// after a conjunction ("a déclaré que …", "erklärte, dass …"), right after the verb ("said the fund had grown",
/// "a annoncé mardi avoir levé …"), before a verb that closes the sentence ("…, erklärte ein Verband"), around a source
/// phrase ("Selon X, …", "…, according to X"), the sentence before one that says who told it ("Das teilte die Polizei
/// mit."), and German subjunctive sentences with no cue (continuations). Each
/// clause runs to the end of its sentence, without the final full stop; "and that" starts a second clause. A clause
/// that cuts through a direct quote, or that is little more than one, is not reported speech. One pass over the tokens,
/// each sentence read a bounded number of times: linear in the length of the text.
/// </summary>
internal sealed class ReportedSpeech(
    string text, IReadOnlyList<FigureToken> tokens, ReportingCues cues, IReadOnlySet<string> determiners, Func<int, bool> ends,
    IReadOnlyList<(int Start, int End)> direct, Func<int, int, bool> namesPerson, Func<int, bool> followsSource)
{
    // How far after a verb its conjunction may stand ("told The Continental Ledger that", "said on Monday that"); further
    // on, "that" opens a relative clause of the object ("announced a product that translates …").
    private const int ConjunctionWindow = 6;

    // How many words may name the speaker between the comma and a verb that follows its clause (", a Lumora
    // spokesperson said"), and how long the rest of the sentence after that verb may be (", said Tom Achterberg, a
    // product-safety consultant in Rotterdam"); a longer rest is the verb's own clause ("Lumora, which …, said it had …").
    private const int SubjectTokens = 5;
    private const int Window = 12;
    private const int SubjectTail = 3;

    // How many words a clause's subject runs before its finite verb ("flights on Saturday would"): longer, the words
    // after the verb are more likely its object or a place ("said in a statement issued on Monday").
    private const int SubjectWords = 5;

    // "wollte Lumora nicht sagen": how far before a verb a negation makes it a refusal.
    private const int NegationWindow = 2;

    // Fewer words outside the direct quotes it holds, and a clause is the direct quote itself ("„…“, sagte er").
    private const int MinimumOwnWords = 2;

    // [openers] value of an infinitive that opens a clause after any reporting verb.
    private const string Infinitive = "infinitive";

    // How many reporting words of one sentence are tried: a sentence without full stops (a list, a table) stays linear.
    private const int CuesPerSentence = 8;

    /// <summary>
    /// Sentences with a reporting verb and no clause of their own ("Innenminister Berger äußerte sich am Montag in Berlin."),
    /// found by <see cref="Find"/>: each as a clause of no length at the sentence's end, its cue the verb, so that the
    /// subjunctive sentence after one goes on with the speaker it names.
    /// </summary>
    public List<ReportedClause> Told { get; } = [];

    public List<ReportedClause> Find()
    {
        var found = new List<ReportedClause>();
        var first = 0;
        (int First, int End, bool Reported)? previous = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            // "50.000 Etuis", "47.000 exemplaren": a full stop glued to the next word or number ends no sentence; one glued
            // to a closing mark ends it after the mark (said it was "unfit." Then …; „… wieder auf.“ Hoogland zufolge …).
            // A semicolon ends a clause as a full stop does ("… om ruim 47.000 exemplaren; hoeveel daarvan …").
            var glued = i + 1 < tokens.Count && tokens[i].Lower == "." && tokens[i + 1].Start == tokens[i].End;
            if (glued && ends(i) && !char.IsLetterOrDigit(text[tokens[i + 1].Start]) && i + 2 < tokens.Count && !GoesOn(i + 2))
            {
                previous = Sentence(first, i + 1, found, previous);
                first = i + 2;
                i++;
            }
            else if (i == tokens.Count - 1 || tokens[i].Lower == ";" || (ends(i) && !glued))
            {
                previous = Sentence(first, i, found, previous);
                first = i + 1;
            }
        }

        return found;
    }

    // „… etabliert.“ erklärte die Ministerin: a word in lower case or a comma after the closing mark goes on with the sentence.
    private bool GoesOn(int next) => char.IsLower(text[tokens[next].Start]) || tokens[next].Lower is "," or ";";

    // Returns the sentence's words (no leading marks, no final stop) and whether a clause was found in it, for the next
    // sentence to report it ("Dat heeft de bond bekendgemaakt"); null for a question or a sentence of two words or fewer.
    private (int First, int End, bool Reported)? Sentence(int first, int last, List<ReportedClause> found, (int First, int End, bool Reported)? previous)
    {
        // "„Wir sind bereit.“ Er sagte …": a closing mark or a dash left over from the sentence before.
        while (first <= last && !IsWord(first))
        {
            first++;
        }

        var end = last;
        while (end >= first && tokens[end].Lower is "." or ":" or "!" or "?" or ";")
        {
            end--;
        }

        if (end - first < 2 || tokens[last].Lower == "?")
        {
            return null;
        }

        // "„Ja, es gibt Zumutungen.“ Das sagte der Minister am Montag.": a [report-openers] sentence right after a direct
        // quote says who said it; it reports nothing of its own.
        if (cues.ReportOpeners.MatchAt(text, tokens, first) is not null && QuoteEndsRightBefore(first))
        {
            return (first, end, false);
        }

        var count = found.Count;
        if (previous is { Reported: false } told && Reports(first, end, told.First, told.End) is { } reported)
        {
            found.Add(reported);
            return (first, end, true);
        }

        SentenceClauses(first, end, found);
        return (first, end, found.Count > count);
    }

    // Whether a direct quote ends right before token t, only its closing mark and spaces between: the last one ending
    // before the token, found by halving.
    private bool QuoteEndsRightBefore(int t)
    {
        var d = FirstDirectEndingAfter(tokens[t].Start) - 1;
        return d >= 0 && text.AsSpan(direct[d].End, tokens[t].Start - direct[d].End).Trim().Length <= 1;
    }

    // "Die Bahn stellt den Verkehr ein. Das teilte ein Sprecher am Montag mit.": a sentence that opens with a [report-openers]
    // phrase, in the paragraph of the one before, makes that one reported speech when a reporting verb follows ("Das gab es
    // noch nie" reports nothing); the verb is the cue, and the speaker is named around it.
    private ReportedClause? Reports(int first, int end, int toldFirst, int toldEnd)
    {
        if (cues.ReportOpeners.MatchAt(text, tokens, first) is not { } opener || first + opener.Tokens > end
            || text.AsSpan(tokens[toldEnd].End, tokens[first].Start - tokens[toldEnd].End).ContainsAny('\n', '\r') || !Accept(toldFirst, toldEnd))
        {
            return null;
        }

        // "Das musste ein Sprecher einräumen.": after a modal, a reporting verb closes the sentence; the modal is the cue,
        // with the speaker right after it.
        if (opener.Value == ReportingCues.ModalOpener)
        {
            var modal = first + opener.Tokens - 1;
            return cues.ClosesModalReport(text, tokens, end)
                ? Clause(toldFirst, toldEnd, modal, modal + 1, first, end + 1, ReportedBy.VerbAfter) : null;
        }

        for (var c = first; c <= end; c++)
        {
            if (cues.Verbs.MatchAt(text, tokens, c) is { Value: not (QuoteCues.Source or QuoteCues.PersonSource) } verb && c + verb.Tokens <= end + 1)
            {
                return Clause(toldFirst, toldEnd, c, c + verb.Tokens, first, end + 1, ReportedBy.VerbAfter);
            }
        }

        return null;
    }

    private void SentenceClauses(int first, int end, List<ReportedClause> found)
    {
        var tried = 0;
        (int Cue, int CueEnd)? told = null;
        for (var c = first; c <= end && tried < CuesPerSentence; c++)
        {
            if (cues.Verbs.MatchAt(text, tokens, c) is not { } verb || c + verb.Tokens > end + 1)
            {
                continue;
            }

            var clause = verb.Value is QuoteCues.Source or QuoteCues.PersonSource
                ? SourceClause(c, c + verb.Tokens, tried > 0, first, end, verb.Value == QuoteCues.PersonSource)
                : VerbClause(c, c + verb.Tokens, verb.Value == QuoteCues.BareClause, tried > 0, first, end);
            if (clause is { } reported)
            {
                Split(reported, found);
                return;
            }

            // "pour" that names no person is a preposition, not a cue whose clause was missed.
            if (verb.Value != QuoteCues.PersonSource)
            {
                told ??= verb.Value == QuoteCues.Source ? null : (c, c + verb.Tokens);
                tried++;
            }
        }

        if (SeparableClause(first, end) is { } separated)
        {
            Split(separated, found);
            return;
        }

        told ??= tried == 0 ? SeparableVerb(first, end) : null;
        if (told is { } verbAt)
        {
            Told.Add(new ReportedClause(tokens[end].End, tokens[end].End, verbAt.Cue, verbAt.CueEnd, first, end + 1, ReportedBy.VerbBefore));
        }

        if (tried == 0 && !cues.Subjunctive.IsEmpty)
        {
            // „… Alles andere wäre Spekulation.“ Das Feuer sei …: a quote that ends its sentence inside its marks, the full
            // stop glued to the closing mark, is read as part of the sentence after it; the subjunctive clause starts after it.
            var from = AfterClosedQuote(first, end);
            if (HasSubjunctive(from, end) && Accept(from, end))
            {
                found.Add(Clause(from, end, -1, -1, from, from, ReportedBy.Continued));
            }
        }
    }

    // "Im Landtag nahm der Ministerpräsident zu der Frage Stellung.": a [separable] verb whose last part closes the sentence
    // [first, end]; the finite form is the cue.
    private (int Cue, int CueEnd)? SeparableVerb(int first, int end)
    {
        var last = end;
        while (last > first && !IsWord(last))
        {
            last--;
        }

        return cues.SeparableVerb(tokens, first, last) is { } c ? (c, c + 1) : null;
    }

    // "Dazu führt der Bericht aus, rund 37 Prozent … weise …", "teilte die Stadt mit, man werde …", "kündigte er an, sich
    // … zu verteidigen": a [separable] verb whose last part stands before a comma reports the clause after it, one that a
    // conjunction opens, one in the subjunctive or an infinitive clause. The finite form is the cue; its subject is
    // named between the two parts.
    private ReportedClause? SeparableClause(int first, int end)
    {
        for (var part = first + 1; part < end - 1; part++)
        {
            if (tokens[part + 1].Lower != "," || cues.SeparableVerb(tokens, Math.Max(first, part - Window), part) is not { } verb)
            {
                continue;
            }

            var start = part + 2;
            if (cues.Conjunctions.MatchAt(text, tokens, start) is { Value: QuoteCues.ThatClause } conjunction)
            {
                start += conjunction.Tokens;
            }
            else if (!HasSubjunctive(start, end) && !EndsInfinitive(end))
            {
                return null;
            }

            return start < end && Accept(start, end) ? Clause(start, end, verb, verb + 1, first, start, ReportedBy.VerbBefore) : null;
        }

        return null;
    }

    // The first word after the last direct quote in tokens [first, end] whose words end a sentence (a full stop, question
    // or exclamation mark right before the closing mark); first where there is none.
    private int AfterClosedQuote(int first, int end)
    {
        var from = first;
        for (var d = FirstDirectEndingAfter(tokens[first].Start); d < direct.Count && direct[d].End <= tokens[end].Start; d++)
        {
            var words = text.AsSpan(direct[d].Start, direct[d].End - direct[d].Start).TrimEnd();
            if (words.Length > 0 && words[^1] is '.' or '!' or '?' or '…')
            {
                from = FirstWordFrom(direct[d].End);
            }
        }

        return Math.Min(from, end);
    }

    // Whether token t opens the verb's direct object: an [object-articles] word right after the verb, or after when it
    // was said ("a confirmé mardi la nouvelle qu'il …"). A conjunction after it belongs to the object, not to the verb.
    private bool ObjectBefore(int cueEnd, int t)
    {
        if (cues.ObjectArticles.MatchAt(text, tokens, t) is null)
        {
            return false;
        }

        var k = cueEnd;
        while (k < t && cues.Skip.MatchAt(text, tokens, k) is { } when)
        {
            k += when.Tokens;
        }

        return k == t;
    }

    private int FirstWordFrom(int position)
    {
        var t = TokenIndex.FirstFrom(tokens, position);
        while (t < tokens.Count && !IsWord(t))
        {
            t++;
        }

        return t;
    }

    // earlier: whether a reporting verb stood before this one in the sentence (its clause was not found).
    private ReportedClause? VerbClause(int c, int cueEnd, bool bare, bool earlier, int first, int end)
    {
        // "…, wollte Lumora nicht sagen", "did not say": a refusal reports nothing.
        for (var n = c - 1; n >= first && c - n <= NegationWindow; n--)
        {
            if (cues.Negations.MatchAt(text, tokens, n) is not null)
            {
                return null;
            }
        }

        // "X a déclaré que …", "erklärte, dass …", "told The Continental Ledger that …".
        for (var t = cueEnd; t <= end && t - cueEnd <= ConjunctionWindow && !IsMark(t); t++)
        {
            if (ObjectBefore(cueEnd, t))
            {
                break;
            }

            if (cues.Conjunctions.MatchAt(text, tokens, t) is { Value: QuoteCues.ThatClause } conjunction)
            {
                var start = t + conjunction.Tokens;
                return start <= end && Accept(start, end) ? Clause(start, end, c, cueEnd, first, t, ReportedBy.VerbBefore) : null;
            }
        }

        // "forderte die Anwohner auf, Fenster geschlossen zu halten", "liet weten, … te praten": an infinitive clause
        // after a comma, past the verb's object if it has one.
        for (var t = cueEnd; t < end && t - cueEnd <= ConjunctionWindow && !IsMark(t); t++)
        {
            if (tokens[t].Lower == ",")
            {
                if (EndsInfinitive(end) && Accept(t + 1, end))
                {
                    return Clause(t + 1, end, c, cueEnd, first, t + 1, ReportedBy.VerbBefore);
                }

                break;
            }
        }

        // "„…“, sagte ein Sprecher von Lumora", ", said Tom Achterberg, a consultant": a verb after a comma or a mark is
        // an attribution turned round, and what follows it names the speaker.
        // "…, la BVC, ont annoncé lundi avoir conclu …": an infinitive right after the verb is its clause, whatever comes before.
        var inverted = c > first && (tokens[c - 1].Lower == "," || IsMark(c - 1)) && !AfterInsertion(first, c) && BareClause(cueEnd, end, bare: false) is null;
        if (!inverted && BareClause(cueEnd, end, bare) is { } from && Accept(from, end))
        {
            return Clause(from, end, c, cueEnd, first, from, ReportedBy.VerbBefore);
        }

        // "Ein Bahnstreik koste …, erklärte ein Verband", "…, the company said": the clause before the comma, when a
        // subject stands between them or right after the verb, and no other verb in the clause claims it ("„…,“ said
        // Katrin Oberhauser, …, who called on …").
        // A long rest after the verb is the verb's own clause, unless the subject after the verb closes with a comma
        // ("…, a annoncé la SNCF, en raison d'une grève …") or the words before the comma are in the subjunctive ("Ein
        // Bahnstreik koste …, erklärte ein Verband der Verlader, vor allem …").
        if (earlier || (end - cueEnd >= Window && !HasComma(cueEnd, Math.Min(end, cueEnd + SubjectTokens)) && !HasSubjunctive(first, c - 1)))
        {
            return null;
        }

        // A verb that opens its sentence has no clause before it to report.
        if (c == first || (tokens[c - 1].Lower == "," && NamedInApposition(first, c - 1)))
        {
            return null;
        }

        for (var k = c - 1; k >= first + 2 && c - k <= SubjectTokens + 1; k--)
        {
            // ", the company said" ends the sentence (a word or three after it at most); "…, Lumora revendique plus de …"
            // goes on with the verb's own object.
            // A quotation mark a few words after the verb opens its object ("…, a jugé l'appel « disproportionné »").
            // "„…“, hieß es in einer Mitteilung": a verb whose cue holds its subject, and a short rest, ends the sentence too.
            var named = k < c - 1 ? end - cueEnd < SubjectTail || TimeThenComma(cueEnd, end)
                : cueEnd <= end && ((Opens(cueEnd, bare: true) && !HasMark(cueEnd, Math.Min(end, cueEnd + SubjectTokens)))
                    || (cueEnd - c > 1 && end - cueEnd < SubjectTail && !HasMark(cueEnd, end)));
            // "“…,” Arnaud Fournier, who leads the office, tells Sifted": a sentence that opens with a direct quote is that
            // quote's attribution turned round, not reported speech.
            // "Da die Brauer auf Wasser angewiesen sind, warnte der Verband …": a clause opened by a subordinator that reports
            // nothing ([subordinators] with no "report" value) gives a reason or a time, not what was said.
            if (tokens[k].Lower == "," && named && !OpensWithDirect(first) && cues.Subordinators.MatchAt(text, tokens, first) is not { Value: not ReportingCues.Report }
                && Accept(first, k - 1))
            {
                return Clause(first, k - 1, c, cueEnd, k + 1, end + 1, ReportedBy.VerbAfter);
            }
        }

        return null;
    }

    // "…, the companies said on Monday, in the largest takeover …": after the verb, only when it was said ([skip]) and a
    // comma; what follows the comma is a phrase added to the sentence, not the verb's own clause.
    private bool TimeThenComma(int from, int end)
    {
        var t = from;
        while (t <= end && cues.Skip.MatchAt(text, tokens, t) is { } when)
        {
            t += when.Tokens;
        }

        return t > from && t <= end && tokens[t].Lower == ",";
    }

    // "Lumora, which makes earbuds, said on Tuesday it had …", "Marc Dellaporta, a partner at Northgate, said the fund
    // …": the comma before the verb closes an insertion after a short capitalised subject (a comma, then a word in lower
    // case), with no quotation mark in the sentence before the verb, so the verb is not an attribution turned round.
    private bool AfterInsertion(int first, int c)
    {
        if (tokens[c - 1].Lower != "," || !char.IsUpper(text[tokens[first].Start]))
        {
            return false;
        }

        for (var t = first; t < c; t++)
        {
            if (IsMark(t))
            {
                return false;
            }
        }

        for (var k = first + 1; k < c - 2 && k - first <= SubjectTokens; k++)
        {
            if (tokens[k].Lower == ",")
            {
                return IsWord(k + 1) && char.IsLower(text[tokens[k + 1].Start]);
            }
        }

        return false;
    }

    // "Son avocat, Me Nadia Kerrow, a annoncé une plainte": the words before the comma end in a name set off by commas, the
    // subject of the verb after them, not a clause it reports.
    private bool NamedInApposition(int first, int comma)
    {
        for (var k = comma - 1; k > first; k--)
        {
            if (tokens[k].Lower == ",")
            {
                return NameBetween(k + 1, comma);
            }
        }

        return false;
    }

    // Whether the words from token `from` to the comma at `comma` are capitalised and name a person.
    private bool NameBetween(int from, int comma)
    {
        for (var t = from; t < comma; t++)
        {
            if (!IsWord(t) || !char.IsUpper(text[tokens[t].Start]))
            {
                return false;
            }
        }

        return namesPerson(tokens[from].Start, tokens[comma - 1].End);
    }

    // "said the fund's size had been raised", "a annoncé mardi avoir levé", "hat bekanntgegeben, 180 Millionen …": the
    // first token of a clause right after the verb, past days and a comma.
    private int? BareClause(int from, int end, bool bare)
    {
        var comma = false;
        for (var step = 0; step < 4 && from <= end; step++)
        {
            if (cues.Skip.MatchAt(text, tokens, from) is { } skipped)
            {
                from += skipped.Tokens;
            }
            else if (tokens[from].Lower == ",")
            {
                from++;
                comma = true;
            }
            else
            {
                break;
            }
        }

        if (from > end - 2)
        {
            return null;
        }

        // "meldete er sich auf der Pressekonferenz zurück", "sagte dem „Kölner Morgenspiegel“, das Urteil sei …": where a
        // clause follows a comma, the words right after the verb are its own, and the clause comes after their comma; an
        // infinitive clause may come without one ("zegt de uitspraak ‘met belangstelling’ te hebben gelezen").
        if (!Opens(from, bare) || (bare && !comma && cues.ClauseAfterComma && !EndsInfinitive(end) && !HasInfinitive(from, end)))
        {
            return bare ? ClauseAfterComma(from, end, comma) : null;
        }

        // "raten Besitzern, die Seriennummer … zu prüfen", "sagte am Montag Merkel, die Lage sei ernst": a capitalised
        // word or two and a comma right after the verb are its object or subject, and the clause follows the comma.
        for (var k = from + 1; k <= from + 2 && k < end - 1; k++)
        {
            if (tokens[k].Lower == ",")
            {
                return Enumerable.Range(from, k - from).All(t => IsWord(t) && char.IsUpper(text[tokens[t].Start])) ? k + 1 : from;
            }
        }

        return from;
    }

    // "erklärte gegenüber Journalisten jedoch, die Werte seien …": a few words of the verb's own, then after a comma a
    // clause that opens as one and is in the subjunctive. Null for anything else; an infinitive clause after the comma
    // ("gab an, lediglich einen Liter getrunken zu haben") is found before, in VerbClause.
    private int? ClauseAfterComma(int from, int end, bool comma)
    {
        if (comma)
        {
            return null;
        }

        for (var k = from; k <= end - 2 && k - from < SubjectTokens && (IsWord(k) || IsMark(k)); k++)
        {
            if (tokens[k + 1].Lower == ",")
            {
                var start = k + 2;
                return start <= end - 1 && Opens(start, bare: true) && HasSubjunctive(start, end) ? start : null;
            }
        }

        return null;
    }

    // "te hebben gelezen", "zu prüfen": a marker and a verb's infinitive after it ("-en", "-n"; not "zu den Vorwürfen").
    private bool HasInfinitive(int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (cues.InfinitiveMarkers.MatchAt(text, tokens, k) is { Tokens: 1 } && IsWord(k + 1) && tokens[k + 1].Lower is { Length: > 3 } verb
                && verb.EndsWith('n') && char.IsLower(text[tokens[k + 1].Start]) && !determiners.Contains(verb))
            {
                return true;
            }
        }

        return false;
    }

    private bool EndsInfinitive(int end) =>
        end > 0 && IsWord(end) && char.IsLower(text[tokens[end].Start])
        && (cues.InfinitiveMarkers.MatchAt(text, tokens, end - 1) is { Tokens: 1 } || Embedded(tokens[end].Lower));

    // "einzulegen", "festzuhalten": a prefix of two letters or more, the marker, and a verb ending in "n".
    private bool Embedded(string word) =>
        word.Length > 6 && word.EndsWith('n') && word.All(char.IsLetter)
        && cues.EmbeddedInfinitiveMarkers.Any(m => word.IndexOf(m, 2, StringComparison.Ordinal) is var at and > 1 && word.Length - at - m.Length >= 3);

    // person: a [reporting] word of value source-person ("Pour", "Per", "Für"): only opening its sentence, before a comma,
    // with a person named between ("Pour Jeroen Bakhuizen, président de la BVC, les pilotes ont …"); "Pour la première
    // fois, …" is no source.
    private ReportedClause? SourceClause(int c, int cueEnd, bool earlier, int first, int end, bool person)
    {
        if (person && c != first)
        {
            return null;
        }

        if (c == first)
        {
            // "Selon la Deutsche Bahn, environ 20 % …": the rest of the sentence after the phrase; after a person and the
            // words that describe them ("Pour X, l'avocat de la famille, …"), after the last of those commas.
            for (var k = cueEnd; k <= end && k - cueEnd <= Window && !IsMark(k); k++)
            {
                if (tokens[k].Lower == "," && !Decimal(k))
                {
                    if (person)
                    {
                        if (!namesPerson(tokens[cueEnd].Start, tokens[k - 1].End))
                        {
                            return null;
                        }

                        k = AfterApposition(k, end);
                    }
                    else if (!namesPerson(tokens[cueEnd].Start, tokens[k - 1].End) && NamedApposition(k, end) is var named && named > k)
                    {
                        // "Secondo la sua avvocata, Beatriz Olmedo, la difesa …": the person the phrase describes, named
                        // between two commas, is the source's too.
                        k = named;
                    }

                    return k < end && Accept(k + 1, end) ? Clause(k + 1, end, c, cueEnd, first, k, ReportedBy.Source) : null;
                }
            }

            if (person)
            {
                return null;
            }

            // "Nach Angaben des Unternehmens sind …", "Laut Polizei wurde …": the phrase is determiners and names, and
            // the clause opens with the first other word (the verb, second in a German or Dutch sentence). Dutch writes
            // nouns in lower case: one right after the cue or a determiner is still the phrase's ("Volgens het bedrijf
            // gaat …", "Volgens brancheorganisatie Spoorgoederen NL staan …").
            var t = cueEnd;
            while (t <= end && t - cueEnd < Window && IsWord(t)
                && (determiners.Contains(tokens[t].Lower) || char.IsUpper(text[tokens[t].Start]) || t == cueEnd || determiners.Contains(tokens[t - 1].Lower)))
            {
                t++;
            }

            return t <= end - 1 && IsWord(t) && Accept(t, end) ? Clause(t, end, c, cueEnd, first, t, ReportedBy.Source) : null;
        }

        // "Hoogland zufolge sollen …", "Der Studie zufolge verlieren …": a source named before its word (quotes.txt
        // source-before; determiners and capitalised words only) opens the sentence; the clause is the rest of it, as
        // after "Laut Hoogland".
        if (!person && followsSource(c) && c - first <= Window && cueEnd < end && IsWord(cueEnd)
            && Enumerable.Range(first, c - first).All(k => IsWord(k) && (determiners.Contains(tokens[k].Lower) || char.IsUpper(text[tokens[k].Start]))))
        {
            return Accept(cueEnd, end) ? Clause(cueEnd, end, c, cueEnd, first, cueEnd, ReportedBy.Source) : null;
        }

        // "…, selon la compagnie.": the sentence before the phrase. "…, according to organisers, demanding …" and
        // "Betroffen sind nach Angaben des Unternehmens …": the phrase sits inside its clause, which is the whole sentence.
        // After a verb ("«…», ha spiegato un portavoce, secondo cui …") the sentence is that verb's, not the phrase's.
        if (earlier || Bracketed(first, c))
        {
            return null;
        }

        var closes = tokens[c - 1].Lower == "," && !HasComma(cueEnd, end);
        var clauseEnd = closes ? c - 2 : end;
        return clauseEnd - first >= 2 && Accept(first, clauseEnd) ? Clause(first, clauseEnd, c, cueEnd, first, end + 1, ReportedBy.Source) : null;
    }

    // "… entstünden (Zitate aus der Klageschrift laut Spiegel).": a source inside brackets notes where the sentence was
    // read, and frames none of it.
    private bool Bracketed(int first, int c)
    {
        for (var k = c - 1; k >= first; k--)
        {
            if (tokens[k].Lower == ")")
            {
                return false;
            }

            if (tokens[k].Lower == "(")
            {
                return true;
            }
        }

        return false;
    }

    // "X, président de la BVC, les pilotes …": a comma, a few words in lower case and a second comma describe the person;
    // the clause follows the second comma. Otherwise it follows the first.
    private int AfterApposition(int comma, int end)
    {
        if (comma + 1 <= end && IsWord(comma + 1) && char.IsLower(text[tokens[comma + 1].Start]))
        {
            for (var k = comma + 2; k <= end && k - comma <= Window; k++)
            {
                if (tokens[k].Lower == ",")
                {
                    return k;
                }
            }
        }

        return comma;
    }

    // The comma that closes a person's name written right after the comma at token `comma`, or `comma`.
    private int NamedApposition(int comma, int end)
    {
        for (var k = comma + 2; k <= end && k - comma <= NameWords + 1; k++)
        {
            if (tokens[k].Lower == ",")
            {
                return Enumerable.Range(comma + 1, k - comma - 1).All(t => IsWord(t) && char.IsUpper(text[tokens[t].Start]))
                    && namesPerson(tokens[comma + 1].Start, tokens[k - 1].End) ? k : comma;
            }
        }

        return comma;
    }

    // How many words a name in apposition has at most.
    private const int NameWords = 4;

    // "that A and that B": two quotes of one verb.
    private void Split(ReportedClause clause, List<ReportedClause> found)
    {
        var first = TokenAt(clause.Start);
        var end = TokenAt(clause.End - 1);
        for (var t = first + 1; t < end; t++)
        {
            if (cues.Conjunctions.MatchAt(text, tokens, t) is { Value: QuoteCues.SecondClause } second
                && t + second.Tokens <= end && Accept(first, t - 1) && Accept(t + second.Tokens, end))
            {
                found.Add(clause with { End = tokens[t - 1].End });
                clause = clause with { Start = tokens[t + second.Tokens].Start };
                first = t + second.Tokens;
                t = first;
            }
        }

        found.Add(clause);
    }

    private ReportedClause Clause(int first, int last, int cue, int cueEnd, int from, int limit, ReportedBy by) =>
        new(tokens[first].Start, tokens[last].End, cue, cueEnd, from, limit, by);

    // A clause neither cuts through a direct quote, nor is one with a word or two around it, nor introduces one.
    private bool Accept(int first, int last)
    {
        int start = tokens[first].Start, end = tokens[last].End;
        var own = 0;
        for (var t = first; t <= last && own < MinimumOwnWords; t++)
        {
            own += IsWord(t) && !InDirect(tokens[t].Start) ? 1 : 0;
        }

        for (var d = FirstDirectEndingAfter(start); d < direct.Count && direct[d].Start < end; d++)
        {
            // "Un message : ‹ … › selon la mairie": a quote a colon introduces is a direct quote of its own.
            if (direct[d].Start < start || direct[d].End > end || Introduced(start, direct[d].Start))
            {
                return false;
            }
        }

        return own >= MinimumOwnWords;
    }

    // Whether a direct quote's words start at token `first` or right after its opening mark there.
    private bool OpensWithDirect(int first)
    {
        var start = tokens[first].Start;
        var d = FirstDirectEndingAfter(start);
        return d < direct.Count && direct[d].Start >= start && text.AsSpan(start, direct[d].Start - start).Trim().Trim(QuoteSpeakers.Marks).IsEmpty;
    }

    private bool Introduced(int start, int quote) =>
        text.AsSpan(start, Math.Max(0, quote - start)).TrimEnd().TrimEnd(QuoteSpeakers.Marks).TrimEnd().EndsWith(':');

    private bool InDirect(int position)
    {
        var d = FirstDirectEndingAfter(position);
        return d < direct.Count && direct[d].Start <= position;
    }

    private int FirstDirectEndingAfter(int position)
    {
        int low = 0, high = direct.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (direct[mid].End <= position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private int TokenAt(int position)
    {
        int low = 0, high = tokens.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (tokens[mid].Start <= position)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    private bool HasSubjunctive(int first, int end)
    {
        for (var t = first + 1; t <= end; t++)
        {
            if (cues.Subjunctive.MatchAt(text, tokens, t) is not null && char.IsLower(text[tokens[t].Start]))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasMark(int from, int end) => AnyToken(from, end, IsMark);

    private bool HasComma(int from, int end) => AnyToken(from, end, t => tokens[t].Lower == "," && !Decimal(t));

    // "1,5 Millionen": a comma between digits, with no space either side, is a decimal mark, no clause's end.
    private bool Decimal(int comma) =>
        comma > 0 && comma + 1 < tokens.Count && tokens[comma - 1].End == tokens[comma].Start && tokens[comma + 1].Start == tokens[comma].End
        && char.IsAsciiDigit(text[tokens[comma - 1].End - 1]) && char.IsAsciiDigit(text[tokens[comma + 1].Start]);

    private static bool AnyToken(int from, int end, Func<int, bool> test)
    {
        for (var t = from; t <= end; t++)
        {
            if (test(t))
            {
                return true;
            }
        }

        return false;
    }

    // A clause without a conjunction opens with a word of [openers], a capitalised word, a number or a subject that a
    // [finite] verb soon follows ("said flights on Saturday would operate normally"): "said on a call" and "told
    // reporters" have none. After a verb that wants a conjunction ("a annoncé le rachat"), only an infinitive opens one
    // ("a annoncé avoir levé").
    private bool Opens(int t, bool bare) => cues.Openers.MatchAt(text, tokens, t) is { } opener
        ? bare || opener.Value == Infinitive
        : bare && (char.IsUpper(text[tokens[t].Start]) || char.IsDigit(text[tokens[t].Start]) || FiniteSoon(t));

    private bool FiniteSoon(int t)
    {
        for (var k = t + 1; k < tokens.Count && k <= t + SubjectWords && IsWord(k); k++)
        {
            if (cues.Finite.MatchAt(text, tokens, k) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsWord(int t) => char.IsLetterOrDigit(text[tokens[t].Start]);

    private bool IsMark(int t) => tokens[t].Length == 1 && QuoteSpeakers.Marks.Contains(text[tokens[t].Start], StringComparison.Ordinal);
}
