using Storyline.Evaluation;

namespace Storyline.Tests.Evaluation;

public sealed class ConfusionMatrixTests
{
    [Fact]
    public void ComputesScoresFromCounts()
    {
        // TP 6, FP 2, FN 3, TN 9: P = 6/8, R = 6/9, F1 = 12/17, accuracy = 15/20.
        var matrix = new ConfusionMatrix(6, 2, 3, 9);

        Assert.Equal(0.75, matrix.Precision, 12);
        Assert.Equal(6.0 / 9, matrix.Recall, 12);
        Assert.Equal(12.0 / 17, matrix.F1, 12);
        Assert.Equal(0.75, matrix.Accuracy, 12);
    }

    [Fact]
    public void UndefinedScoresAreZero()
    {
        Assert.Equal(0, ConfusionMatrix.Zero.Precision);
        Assert.Equal(0, ConfusionMatrix.Zero.Recall);
        Assert.Equal(0, ConfusionMatrix.Zero.F1);
        Assert.Equal(0, ConfusionMatrix.Zero.Accuracy);
        Assert.Equal(0, new ConfusionMatrix(0, 0, 5, 5).Precision);
    }

    [Fact]
    public void PrecisionAndRecallAreNotSwapped()
    {
        // Many false positives, no false negatives: recall is perfect, precision is not.
        var matrix = new ConfusionMatrix(1, 3, 0, 0);

        Assert.Equal(1, matrix.Recall);
        Assert.Equal(0.25, matrix.Precision);
    }

    [Fact]
    public void AddsElementWise() => Assert.Equal(new ConfusionMatrix(3, 5, 7, 9), new ConfusionMatrix(1, 2, 3, 4) + new ConfusionMatrix(2, 3, 4, 5));
}
