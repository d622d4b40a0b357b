namespace Storyline.Evaluation.Boilerplate;

/// <summary>
/// Boilerplate removal on the labelled samples: kept-token precision, recall and F1 per language and over all articles,
/// how many labelled boilerplate strings stayed out of the text, and how many titles came out exactly right.
/// </summary>
public sealed record SampleBoilerplateResult(
    IReadOnlyDictionary<string, ConfusionMatrix> PerLanguage,
    ConfusionMatrix Total,
    int Articles,
    int Missing,
    int BoilerplateLabelled,
    int BoilerplateLeaked,
    int TitlesLabelled,
    int TitlesRight,
    IReadOnlyList<string> Leaks);
