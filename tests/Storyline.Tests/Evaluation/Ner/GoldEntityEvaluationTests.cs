using Storyline.Entities;
using Storyline.Evaluation.Ner;

namespace Storyline.Tests.Evaluation.Ner;

public sealed class GoldEntityEvaluationTests
{
    private const string Text = "Helvara AG opened an office in Paris on Monday, Marie Dubois said.";

    private static Entity Gold(string name, EntityType type, string words) =>
        new(name, type, [new Mention(words, Text.IndexOf(words, StringComparison.Ordinal), words.Length)]);

    [Fact]
    public void EachMentionThatDiffersFromGoldIsListedByHowItDiffers()
    {
        // Gold as a labeller who disagrees with the stage on every name: a shorter company, Paris as its council, the day as
        // a name, and the speaker left out.
        var article = new GoldEntityArticle("office-en-1", "en", Text,
        [
            Gold("Helvara", EntityType.Organisation, "Helvara"),
            Gold("Paris", EntityType.Organisation, "Paris"),
            Gold("Monday", EntityType.Other, "Monday"),
        ]);
        var evaluation = new GoldEntityEvaluation(EntityRecognizer.Default);

        evaluation.Evaluate([article]);

        Assert.Equal(
            [
                (MentionErrorKind.Bounds, "Helvara", "Helvara AG"),
                (MentionErrorKind.Typed, "Paris", "Paris"),
                (MentionErrorKind.Missed, "Monday", null),
                (MentionErrorKind.Spurious, null, "Marie Dubois"),
            ],
            evaluation.Errors.Select(e => (e.Error, e.Gold, e.Found)));
        Assert.Equal("typed    office-en-1: [Paris] gold organisation, found place", evaluation.Errors[1].Describe().Split('\n')[0]);
        Assert.Contains("office in Paris on Monday", evaluation.Errors[1].Context, StringComparison.Ordinal);
    }

    [Fact]
    public void AnArticleTaggedAsLabelledHasNoErrors()
    {
        var article = new GoldEntityArticle("office-en-2", "en", Text,
        [
            Gold("Helvara AG", EntityType.Organisation, "Helvara AG"),
            Gold("Paris", EntityType.Place, "Paris"),
            Gold("Marie Dubois", EntityType.Person, "Marie Dubois"),
        ]);
        var evaluation = new GoldEntityEvaluation(EntityRecognizer.Default);

        var scores = evaluation.Evaluate([article]);

        Assert.Empty(evaluation.Errors);
        Assert.Equal(1.0, scores.Single(s => s.Type == "all" && s.Language == "all").F1);
    }
}
