using AngleSharp.Dom;

namespace Storyline.Ingest.Html;

/// <summary>An element the walker skipped as furniture, with the reason and the number of blocks emitted before it.</summary>
internal sealed record PrunedElement(IElement Element, string Reason, int Position);
