namespace Storyline.Cli.Output;

/// <summary>
/// A quote's speaker as a reader is shown it: the entity, with the words beside the quote that name it where the text
/// names it otherwise (<c>OpenAI ("la société")</c>, <c>Horst Köhler ("der Bundespräsident")</c>); for a speaker that is no
/// entity, the words that name it, in quotation marks as the article writes them; else the given text for none.
/// Words the cue already shows ("a-t-il ajouté") are not repeated.
/// </summary>
public static class SpeakerCredit
{
    public static string Of(string? speaker, string? speakerText, TextSpan? span, string? cue, string text, string none)
    {
        var named = span is { } s && s.Start >= 0 && s.End <= text.Length ? s.In(text) : null;
        if (named is not null && cue is not null && cue.Contains(named, StringComparison.Ordinal))
        {
            named = null;
        }

        return speaker is not null
            ? named is not null && !IsTheName(named, speaker) ? $"{speaker} (\"{named}\")" : speaker
            : (speakerText ?? named) is { } words ? $"\"{words}\"" : none;
    }

    // "Fournier" or "Arnaud Fournier" for Arnaud Fournier: the name, or part of it, word for word ("er" is no part of Köhler).
    private static bool IsTheName(string named, string speaker)
    {
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return named.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => words.Contains(w, StringComparer.OrdinalIgnoreCase));
    }
}
