using Storyline.Evaluation.Ner;

namespace Storyline.Evaluation.Figures;

/// <summary>How <c>NumberReader</c> did on one language's spec cases: exact spans, and values over the spans it got right.</summary>
public sealed record NumberSpecScore(string Language, SpanCounts Spans, int ValuesRight, IReadOnlyList<string> Misses)
{
    /// <summary>Share of matched spans whose value is right (relative tolerance 1e-9); 0 when nothing matched.</summary>
    public double ValueAccuracy => Spans.TruePositives == 0 ? 0 : (double)ValuesRight / Spans.TruePositives;
}
