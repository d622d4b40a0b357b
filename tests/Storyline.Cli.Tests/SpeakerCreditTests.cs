using Storyline.Cli.Output;

namespace Storyline.Cli.Tests;

/// <summary>How a quote's speaker is shown in the article and quotes tables: the entity, the words the text names it with, or none.</summary>
public sealed class SpeakerCreditTests
{
    private const string Text = "„Wir bauen neu“, sagte der Bundespräsident. „Es reicht“, sagte er. « Nous restons », a-t-il ajouté. Ein Anwohner sagte: „Endlich.“";

    private static TextSpan At(string words) => new(Text.IndexOf(words, StringComparison.Ordinal), words.Length);

    [Fact]
    public void AnEntityNamedOtherwiseShowsTheWordsBesideIt()
    {
        Assert.Equal("Horst Köhler (\"der Bundespräsident\")", SpeakerCredit.Of("Horst Köhler", null, At("der Bundespräsident"), "sagte", Text, "-"));
        var er = new TextSpan(Text.IndexOf("sagte er", StringComparison.Ordinal) + "sagte ".Length, 2);
        Assert.Equal("Horst Köhler (\"er\")", SpeakerCredit.Of("Horst Köhler", null, er, "sagte", Text, "-"));
    }

    [Fact]
    public void WordsTheCueAlreadyShowsOrTheNameItselfAreNotRepeated()
    {
        Assert.Equal("Horst Köhler", SpeakerCredit.Of("Horst Köhler", null, At("il"), "a-t-il ajouté", Text, "-"));
        Assert.Equal("Köhler", SpeakerCredit.Of("Köhler", null, null, "sagte", Text, "-"));
        Assert.Equal("Anwohner", SpeakerCredit.Of("Anwohner", null, At("Anwohner"), "sagte", Text, "-"));
    }

    [Fact]
    public void ASpeakerThatIsNoEntityShowsItsWordsElseNone()
    {
        Assert.Equal("\"Ein Anwohner\"", SpeakerCredit.Of(null, "Ein Anwohner", At("Ein Anwohner"), "sagte", Text, "-"));
        Assert.Equal("\"Ein Anwohner\"", SpeakerCredit.Of(null, null, At("Ein Anwohner"), "sagte", Text, "-"));
        Assert.Equal("-", SpeakerCredit.Of(null, null, null, null, Text, "-"));
    }
}
