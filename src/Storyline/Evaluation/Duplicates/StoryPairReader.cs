using System.Globalization;
using Storyline.Evaluation.Language;
using Storyline.Text;

namespace Storyline.Evaluation.Duplicates;

/// <summary>Reads the SemEval-2022 task 8 pairs (<c>pair_id, lang1, lang2, text1, text2, Overall</c>); pairs with an empty text are skipped.</summary>
public static class StoryPairReader
{
    public static IReadOnlyList<StoryPair> Read(string path)
    {
        using var reader = new StreamReader(path);
        using var rows = CsvRows.Read(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new InvalidDataException($"{path}: empty file.");
        }

        var header = rows.Current;
        var columns = new[] { "pair_id", "lang1", "lang2", "text1", "text2", "Overall" }.Select(name =>
        {
            var i = Array.IndexOf(header, name);
            return i >= 0 ? i : throw new InvalidDataException($"{path}: no '{name}' column.");
        }).ToArray();
        var pairs = new List<StoryPair>();
        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (row.Length < header.Length || row[columns[3]].Trim().Length == 0 || row[columns[4]].Trim().Length == 0)
            {
                continue;
            }

            pairs.Add(new StoryPair(
                row[columns[0]], LanguageCodes.Normalize(row[columns[1]]), row[columns[3]].Trim(), LanguageCodes.Normalize(row[columns[2]]),
                row[columns[4]].Trim(), double.Parse(row[columns[5]], CultureInfo.InvariantCulture)));
        }

        return pairs;
    }
}
