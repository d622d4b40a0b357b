using AngleSharp.Dom;

namespace Storyline.Ingest.Html;

/// <summary>The best-scoring content element and the elements whose blocks form the article (it and qualifying siblings).</summary>
internal sealed record ContentChoice(IElement Top, IReadOnlyList<IElement> Roots);
