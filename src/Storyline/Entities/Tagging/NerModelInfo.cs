namespace Storyline.Entities.Tagging;

/// <summary>
/// What a model file says about itself: how it was trained, the licence it inherits from its data, whether it reads
/// gazetteer features and word-cluster features (<see cref="WordClusters"/>).
/// </summary>
public sealed record NerModelInfo(string Description, string Licence, bool UsesGazetteer, bool UsesClusters = false);
