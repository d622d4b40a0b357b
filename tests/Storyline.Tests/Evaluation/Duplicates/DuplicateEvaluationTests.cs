using System.Text.Json;
using Storyline.Evaluation.Duplicates;
using Storyline.Tests.Duplicates;

namespace Storyline.Tests.Evaluation.Duplicates;

/// <summary>Labelled pairs scored through the real index; a pair found that the gold does not list counts against precision.</summary>
public sealed class DuplicateEvaluationTests
{
    [Fact]
    public async Task APairTheGoldDoesNotListCountsAsNoneCalledADuplicate()
    {
        using var folder = new TempFolder();
        // Three copies of one wire piece; the gold lists one pair, so the index's two others are errors.
        folder.Write("articles.jsonl", string.Join('\n', new[] { ("wire", DuplicateTexts.Wire), ("copy", DuplicateTexts.Copy), ("again", DuplicateTexts.Wire) }
            .Select(a => JsonSerializer.Serialize(new
            {
                id = a.Item1,
                file = $"x/{a.Item1}.txt",
                url = (string?)null,
                language = "en",
                title = (string?)null,
                text = a.Item2,
                removed = Array.Empty<string>(),
                story = "s",
                published = (string?)null,
                foreignSpans = Array.Empty<object>(),
                entities = Array.Empty<object>(),
                figures = Array.Empty<object>(),
                quotes = Array.Empty<object>(),
            }))));
        folder.Write("duplicates.jsonl", """{"a": "wire", "b": "copy", "relation": "copy", "note": ""}""");

        var rows = await DuplicateEvaluation.Default.EvaluateAsync(folder.Path, null, TestContext.Current.CancellationToken);

        var copy = rows.Single(r => r.Relation == "copy");
        Assert.Equal(1, copy.Gold);
        Assert.Equal(3, copy.Found);
        Assert.Equal(1.0 / 3, copy.Precision, 3);
        Assert.Equal(2, rows.Single(r => r.Relation == "none").Gold);
    }
}
