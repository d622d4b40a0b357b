namespace Storyline.Figures.Numbers;

/// <summary>
/// One attempt at reading a number phrase from an item onward. The value is built group by group as one says it:
/// units, tens and a hundred fill the current group (under 1000), a scale closes it into the total. After each item
/// that leaves a complete number the reading is kept, so a phrase that goes wrong falls back to its longest good part.
/// </summary>
internal sealed class NumberPhrase(List<NumberItem> items, NumberLexicon lexicon)
{
    // No real number phrase has more items ("one million two hundred and thirty-four thousand five hundred and sixty"
    // has 14); the cap keeps a long run of number words linear, since a failed phrase is retried one item later.
    private const int MaxItems = 48;

    private double total;
    private double current;
    private double hundreds;
    private bool hundredWord;
    private bool tens;
    private bool ones;
    private bool teen;
    private bool tensTakeTeens;
    private double lastScale = double.PositiveInfinity;
    private bool lastWasScale;

    // Closed: a decimal numeral, a suffix or a fraction was read; only a scale may follow it (when scaleAfterClose).
    private bool closed;
    private bool scaleAfterClose;
    private bool fractionJustRead;
    private bool pendingArticle;
    private bool afterConnector;
    private bool connectorSinceScale;
    private bool written;
    private bool scaled;
    private int numeric;
    private int start;
    private double sign = 1;

    private PhraseReading? good;
    private PhraseReading? goodBeforeConnector;

    public PhraseReading? TryRead(int k)
    {
        var first = items[k];
        start = first.Start;
        var i = k;
        if (first.Word is { Kind: NumberWordKind.Negative })
        {
            var before = k > 0 && first.Joined && items[k - 1] is { Kind: NumberItemKind.Other, Text: { } w } ? w : null;
            if (before is not null && lexicon.NotNegativeAfter.Contains(before) || k + 1 >= items.Count || !items[k + 1].Joined
                || items[k + 1] is { Kind: NumberItemKind.Numeral, Value: < 0 })
            {
                return null;
            }

            sign = -1;
            written = true;
            i = k + 1;
        }

        for (var j = i; j < items.Count && j < i + MaxItems; j++)
        {
            var item = items[j];
            if (j > i && !item.Joined)
            {
                break;
            }

            var next = Step(item, j, j == i);
            if (next < 0)
            {
                if (connectorSinceScale && goodBeforeConnector is not null && item.Word?.Kind is NumberWordKind.Multiplier or NumberWordKind.Scale)
                {
                    // "3 hundred and 2 hundred": the second hundred starts a new number, and so does what followed "and".
                    good = goodBeforeConnector;
                }

                break;
            }

            j = next;
        }

        return good;
    }

    /// <summary>Reads one item; returns the index of the last item consumed, or -1 when the item ends the phrase.</summary>
    private int Step(NumberItem item, int j, bool first)
    {
        var wasFraction = fractionJustRead;
        fractionJustRead = false;
        if (item.Kind == NumberItemKind.Numeral)
        {
            return Numeral(item, j, first);
        }

        if (item.Kind == NumberItemKind.Suffix)
        {
            if (j == 0 || items[j - 1].Kind != NumberItemKind.Numeral || numeric != 1 || (items[j - 1].Form & NumeralForm.Suffixed) != 0
                || current != items[j - 1].Value)
            {
                return -1;
            }

            current *= item.Value;
            scaled = true;
            closed = true;
            scaleAfterClose = false;
            return Commit(j);
        }

        if (item.Word is not { } word)
        {
            return -1;
        }

        var wasConnector = afterConnector;
        afterConnector = false;
        switch (word.Kind)
        {
            case NumberWordKind.Unit:
                return Unit(word, j, first);
            case NumberWordKind.Tens:
                if (closed || pendingArticle || tens || teen || (ones && !wasConnector))
                {
                    return -1;
                }

                current += word.Value;
                tens = true;
                tensTakeTeens = word.TakesTeens;
                return Counted(j);
            case NumberWordKind.Hundreds:
                if (closed || pendingArticle || hundredWord || current != 0)
                {
                    return -1;
                }

                current = hundreds = word.Value;
                hundredWord = true;
                return Counted(j);
            case NumberWordKind.Multiplier:
                return Multiplier(word, j);
            case NumberWordKind.Scale:
                return Scale(word, j);
            case NumberWordKind.Fraction:
                return Fraction(word, j, first);
            case NumberWordKind.FractionValue:
                if (closed || pendingArticle || (!first && !(ones && !tens)))
                {
                    return -1;
                }

                current += word.Value;
                closed = true;
                scaleAfterClose = true;
                return Counted(j);
            case NumberWordKind.Connector:
                return first ? -1 : Connector(j);
            case NumberWordKind.DecimalWord:
                return DecimalWord(j);
            case NumberWordKind.Article when first || wasConnector || wasFraction:
                pendingArticle = true;
                written = true;
                fractionJustRead = wasFraction;
                return j;
            default:
                return -1;
        }
    }

    private int Numeral(NumberItem item, int j, bool first)
    {
        var integer = (item.Form & NumeralForm.Integer) != 0;
        if (first)
        {
            current = item.Value;
            tens = ones = true;
            closed = !integer || Math.Abs(item.Value) >= 1000;
            scaleAfterClose = (item.Form & NumeralForm.Suffixed) == 0;
            scaled = !scaleAfterClose;
            return Counted(j);
        }

        if ((item.Form & NumeralForm.Fraction) != 0 && numeric == 1 && items[j - 1] is { Kind: NumberItemKind.Numeral, Form: NumeralForm.Integer })
        {
            // "2 1/4", "2 ½": a whole number and a fraction.
            current += current < 0 ? -item.Value : item.Value;
            closed = true;
            scaleAfterClose = false;
            return Counted(j);
        }

        if (!integer || closed || item.Value is <= 0 or >= 1000)
        {
            return -1;
        }

        if (current == 0 && lastWasScale)
        {
            current = item.Value;
        }
        else if (hundredWord && !tens && !ones && !teen && item.Value < 100)
        {
            current += item.Value;
        }
        else
        {
            return -1;
        }

        tens = ones = true;
        return Counted(j);
    }

    private int Unit(NumberWord word, int j, bool first)
    {
        var isTeen = word.Value >= 10;
        if (closed || pendingArticle || ones || teen || (isTeen && tens && !tensTakeTeens))
        {
            return -1;
        }

        current += word.Value;
        if (isTeen)
        {
            teen = true;
        }
        else
        {
            ones = true;
        }

        written = true;
        var article = word.IsArticle && first;
        return article ? Commit(j) : Counted(j);
    }

    private int Multiplier(NumberWord word, int j)
    {
        if ((word.NeedsNumber && current == 0 && !pendingArticle) || (closed && !scaleAfterClose) || (word.Value >= 100 && hundredWord))
        {
            return -1;
        }

        var low = pendingArticle && !closed ? 1 : current - hundreds;
        pendingArticle = false;
        current = hundreds + (low == 0 ? 1 : low) * word.Value;
        if (word.Value >= 100)
        {
            hundreds = current;
            hundredWord = true;
            tens = ones = teen = false;
        }
        else
        {
            tens = ones = true;
        }

        scaled |= j > 0 && items[j - 1].Kind == NumberItemKind.Numeral;
        connectorSinceScale = false;
        return Counted(j);
    }

    private int Scale(NumberWord word, int j)
    {
        if ((word.NeedsNumber && current == 0 && total == 0 && !pendingArticle) || (closed && !scaleAfterClose))
        {
            return -1;
        }

        var group = pendingArticle && !closed ? 1 : current;
        pendingArticle = false;
        if (word.Value < lastScale && (group != 0 || !lastWasScale))
        {
            total += (group == 0 ? 1 : group) * word.Value;
            lastScale = word.Value;
        }
        else if (lastWasScale && group == 0)
        {
            // "three lakh crore", "thousand million": a scale of a scale.
            total *= word.Value;
            lastScale *= word.Value;
        }
        else
        {
            return -1;
        }

        current = hundreds = 0;
        hundredWord = tens = ones = teen = false;
        connectorSinceScale = false;
        if (closed)
        {
            scaleAfterClose = false;
        }

        scaled = true;
        return Counted(j);
    }

    private int Fraction(NumberWord word, int j, bool first)
    {
        if (closed)
        {
            return -1;
        }

        double numerator;
        if (pendingArticle)
        {
            numerator = 1;
        }
        else if (first)
        {
            if (!word.Bare)
            {
                return -1;
            }

            numerator = 1;
        }
        else
        {
            numerator = total + current;
        }

        pendingArticle = false;
        total = 0;
        current = numerator / word.Value;
        closed = true;
        scaleAfterClose = true;
        fractionJustRead = true;
        return Counted(j);
    }

    private int Connector(int j)
    {
        if (j + 1 >= items.Count || !items[j + 1].Joined)
        {
            return -1;
        }

        if (FractionTail.Read(items, j + 1) is { } tail)
        {
            var value = total + current;
            total = tail.Scale > 0
                ? double.IsFinite(lastScale) ? value + tail.Fraction * tail.Scale : (value + tail.Fraction) * tail.Scale
                : lastWasScale && current == 0 ? value + tail.Fraction * lastScale : value + tail.Fraction;
            current = 0;
            closed = true;
            scaleAfterClose = false;
            scaled |= tail.Scale > 0;
            written = true;
            numeric++;
            Commit(tail.Last);
            return -1;
        }

        if (closed)
        {
            return -1;
        }

        goodBeforeConnector = good;
        connectorSinceScale = true;
        afterConnector = true;
        return j;
    }

    private int DecimalWord(int j)
    {
        if (closed || numeric == 0 || !written || FractionTail.Digits(items, j + 1) is not { } digits)
        {
            return -1;
        }

        current += digits.Value;
        closed = true;
        scaleAfterClose = true;
        return Counted(digits.Last);
    }

    private int Counted(int j)
    {
        numeric++;
        if (items[j].Word is { } word)
        {
            written = true;
            lastWasScale = word.Kind == NumberWordKind.Scale;
        }
        else
        {
            lastWasScale = false;
        }

        return Commit(j);
    }

    private int Commit(int j)
    {
        // A phrase of articles alone ("un", "ein") is kept marked, for the parser to drop unless a ratio follows.
        good = new PhraseReading(start, j, sign * (total + current), written, scaled, numeric == 0);

        return j;
    }
}
