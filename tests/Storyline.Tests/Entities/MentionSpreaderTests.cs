using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>A name the tagger read across two spaces (text pasted from a page keeps them) must not break the spreading.</summary>
public sealed class MentionSpreaderTests
{
    [Fact]
    public void APersonReadAcrossTwoSpacesIsKeptAsRead()
    {
        const string text = "So planen Osnabrücker ihren Urlaub  Osnabrück. Urlaub  Osnabrück ist ausgebucht.";
        var mention = new RawMention(28, 45, "PER");

        var kept = MentionSpreader.WithoutLeadingWords([mention], text);

        Assert.Equal([mention], kept);
    }
}
