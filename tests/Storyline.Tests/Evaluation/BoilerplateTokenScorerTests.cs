using Storyline.Evaluation;

namespace Storyline.Tests.Evaluation;

public sealed class BoilerplateTokenScorerTests
{
    private readonly BoilerplateTokenScorer scorer = new();

    [Fact]
    public void ScoresKeptTokensAsAMultiset()
    {
        // Gold: le, train, part, à, 8, h (6 tokens). Extracted adds "partager" and repeats "train" once too often.
        var matrix = scorer.Score("Le train part à 8 h. Train ! Partager", "Le train part à 8 h.");

        Assert.Equal(new ConfusionMatrix(6, 2, 0, 0), matrix);
        Assert.Equal(0.75, matrix.Precision, 12);
        Assert.Equal(1, matrix.Recall, 12);
    }

    [Fact]
    public void LowercasesInvariantly()
        => Assert.Equal(new ConfusionMatrix(4, 0, 0, 0), scorer.Score("TITLE Straße ÉTÉ INFO", "title straße été info"));

    [Fact]
    public void CorruptedGoldLowersTheRightScore()
    {
        const string extracted = "Die Brücke wird im Juli eröffnet";

        // Gold with an extra sentence the extractor never saw: recall drops, precision stays perfect.
        var longer = scorer.Score(extracted, extracted + " Der Bau dauerte vier Jahre");
        Assert.Equal(1, longer.Precision);
        Assert.Equal(6.0 / 11, longer.Recall, 12);

        // Gold truncated to two words: precision drops, recall stays perfect.
        var shorter = scorer.Score(extracted, "Die Brücke");
        Assert.Equal(2.0 / 6, shorter.Precision, 12);
        Assert.Equal(1, shorter.Recall);

        // Empty gold: nothing can be right; every score is 0, never NaN.
        var empty = scorer.Score(extracted, string.Empty);
        Assert.Equal(0, empty.F1);
        Assert.Equal(0, empty.Recall);
    }
}
