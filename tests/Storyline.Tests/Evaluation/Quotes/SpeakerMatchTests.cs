using Storyline.Entities;
using Storyline.Evaluation.Quotes;

namespace Storyline.Tests.Evaluation.Quotes;

/// <summary>A gold speaker span against a found canonical speaker: a capitalised word of the span in the entity's name or mentions.</summary>
public sealed class SpeakerMatchTests
{
    private static readonly IReadOnlyList<Entity> Entities =
        [new Entity("Angela Merkel", EntityType.Person, [new Mention("Merkel", 10, 6), new Mention("Angela Merkel", 40, 13)])];

    [Theory]
    [InlineData("Bundeskanzlerin Angela Merkel", "Angela Merkel", true)]
    [InlineData("Merkels Sprecher", "Angela Merkel", true)]
    [InlineData("die Kanzlerin", "Angela Merkel", false)]
    [InlineData("der Minister Peter Struck", "Angela Merkel", false)]
    [InlineData(null, null, true)]
    [InlineData("Merkel", null, false)]
    [InlineData(null, "Angela Merkel", false)]
    public void CapitalisedWordsDecide(string? gold, string? found, bool same) =>
        Assert.Equal(same, SpeakerMatch.Matches(gold, found, Entities));

    [Fact]
    public void AMentionCountsLikeTheName() =>
        Assert.True(SpeakerMatch.Matches("Trump's campaign", "Donald J. Trump", [new Entity("Donald J. Trump", EntityType.Person, [new Mention("Trump", 0, 5)])]));
}
