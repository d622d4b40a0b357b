namespace Storyline.Evaluation.Figures;

/// <summary>One case of a Microsoft Recognizers-Text spec file (<c>Specs/&lt;Kind&gt;/&lt;Language&gt;/&lt;Model&gt;.json</c>, MIT).</summary>
/// <param name="Model">The file name without ".json": "NumberModel", "PercentModel", "CurrencyModel".</param>
/// <param name="Language">ISO 639-1 code from the language folder ("English" is "en").</param>
/// <param name="Index">The case's position in its file, counted from 0 over all cases (skipped ones too): the tuning/report split.</param>
/// <param name="Input">The text given to the recogniser.</param>
/// <param name="Results">What it must find.</param>
public sealed record RecognizerSpec(string Model, string Language, int Index, string Input, IReadOnlyList<RecognizerSpecResult> Results);
