using Storyline.Stories;

namespace Storyline.Tests.Stories;

/// <summary>The article's side of the clusterer's dot products: an open-addressed table of term keys.</summary>
public sealed class TermProbeTests
{
    [Fact]
    public void ADotProductSumsTheSharedTermsOnlyAndAddingATermAgainAddsItsWeight()
    {
        var probe = new TermProbe(3);
        probe.Add(HashedTerms.KeyOf("e:openai"), 2);
        probe.Add(HashedTerms.KeyOf("w:bureau"), 1);
        probe.Add(HashedTerms.KeyOf("e:openai"), 0.5);

        var dot = probe.Dot([HashedTerms.KeyOf("e:openai"), HashedTerms.KeyOf("e:paris"), HashedTerms.KeyOf("w:bureau")], [4, 100, 3]);

        Assert.Equal(2, probe.Count);
        Assert.Equal((2.5 * 4) + (1 * 3), dot, 9);
    }

    [Fact]
    public void KeysThatShareASlotAreAllFoundAndAnAbsentOneEndsAtTheFirstEmptySlot()
    {
        // Keys equal in the bits that choose the slot (bits 1-3 of 8 slots) but not above: a chain of four, wrapping past the end.
        var probe = new TermProbe(4);
        ulong[] chained = [0b1111, 0b1_1111, 0b10_1111, 0b11_1111];
        for (var i = 0; i < chained.Length; i++)
        {
            probe.Add(chained[i], i + 1);
        }

        Assert.Equal(1 + 2 + 3 + 4, probe.Dot(chained, [1, 1, 1, 1]), 9);
        Assert.Equal(0, probe.Dot([0b100_1111, 0b0001], [1, 1]), 9);
    }

    [Fact]
    public void AnEmptyProbeDotsToZero() => Assert.Equal(0, new TermProbe(0).Dot([HashedTerms.KeyOf("e:openai")], [1]));

    [Fact]
    public void KeysAreOddAndStableAcrossProcesses()
    {
        // xxHash3 of "w:minist" in UTF-16, bit 0 set, as a separate process printed it: unseeded, a restart keys the same.
        Assert.Equal(0x78f1e22750d9363bUL, HashedTerms.KeyOf("w:minist"));
        Assert.Equal(1UL, HashedTerms.KeyOf("w:minis") & 1);
        Assert.NotEqual(HashedTerms.KeyOf("w:minist"), HashedTerms.KeyOf("w:minis"));
    }
}
