namespace Storyline.Entities.Tagging;

/// <summary>Labels the tokens of a sentence that a gazetteer knows ("B-place", "I-place", ...) so the tagger can weigh them as features.</summary>
public sealed class GazetteerLabeller(Func<IReadOnlyList<string>, int, (int Length, EntityType Type)?> match)
{
    public string?[] Label(IReadOnlyList<string> tokens)
    {
        var labels = new string?[tokens.Count];
        var i = 0;
        while (i < tokens.Count)
        {
            if (match(tokens, i) is { Length: > 0 } hit)
            {
                var type = hit.Type.ToString();
                for (var k = 0; k < hit.Length && i + k < tokens.Count; k++)
                {
                    labels[i + k] = (k == 0 ? "B-" : "I-") + type;
                }

                i += hit.Length;
            }
            else
            {
                i++;
            }
        }

        return labels;
    }
}
