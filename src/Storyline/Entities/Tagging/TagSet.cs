namespace Storyline.Entities.Tagging;

/// <summary>
/// The tagger's BIO labels over the CoNLL types the training data carries (PER, ORG, LOC, MISC), and how they map to
/// <see cref="EntityType"/>. Unknown types in labelled data (Europeana's none, others' extras) fold into MISC.
/// </summary>
public static class TagSet
{
    public static readonly IReadOnlyList<string> Types = ["PER", "ORG", "LOC", "MISC"];

    /// <summary>Index 0 is O; then B- and I- of each type in <see cref="Types"/> order.</summary>
    public static readonly IReadOnlyList<string> Labels = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public static int Count => Labels.Count;

    public static int Index(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-')
        {
            return 0;
        }

        var type = Types.ToList().IndexOf(tag[2..]);
        var t = type < 0 ? 3 : type;
        return 1 + (2 * t) + (tag[0] == 'I' ? 1 : 0);
    }

    public static bool IsInside(int label) => label > 0 && label % 2 == 0;

    /// <summary>The type index (into <see cref="Types"/>) of a B- or I- label.</summary>
    public static int TypeOf(int label) => (label - 1) / 2;

    public static EntityType EntityTypeOf(string conllType) => conllType switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organisation,
        "LOC" => EntityType.Place,
        _ => EntityType.Other,
    };

    public static string ConllTypeOf(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organisation => "ORG",
        EntityType.Place => "LOC",
        _ => "MISC",
    };
}
