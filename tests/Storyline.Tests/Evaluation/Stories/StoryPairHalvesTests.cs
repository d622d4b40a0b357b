using Storyline.Evaluation.Stories;

namespace Storyline.Tests.Evaluation.Stories;

/// <summary>SemEval's pairs split in a half to tune on and a half to report, by id alone.</summary>
public sealed class StoryPairHalvesTests
{
    [Fact]
    public void EveryPairHasOneHalfWhateverItsLabelAndTheHalvesAreAboutEven()
    {
        var ids = Enumerable.Range(0, 2000).Select(i => $"{1_500_000_000 + (i * 7919)}_{1_600_000_000 + (i * 104_729)}").ToList();
        var halves = ids.Select(StoryEvaluation.Half).ToList();

        Assert.Equal(halves, ids.Select(StoryEvaluation.Half));
        Assert.All(halves, h => Assert.Contains(h, new[] { StoryEvaluation.TuneHalf, StoryEvaluation.ReportHalf }));
        Assert.InRange(halves.Count(h => h == StoryEvaluation.TuneHalf), 900, 1100);
    }
}
