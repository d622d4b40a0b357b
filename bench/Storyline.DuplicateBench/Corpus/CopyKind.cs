namespace Storyline.DuplicateBench.Corpus;

/// <summary>How a generated article came about: written afresh, or taken from an earlier one.</summary>
public enum CopyKind
{
    Original,

    /// <summary>The same paragraphs, word for word.</summary>
    Exact,

    /// <summary>The earlier text with one new paragraph put in somewhere.</summary>
    ParagraphAdded,

    /// <summary>The earlier text less one paragraph.</summary>
    ParagraphRemoved,

    /// <summary>Half the sentences kept, the others replaced by new ones, some moved, paragraphs cut anew.</summary>
    Rewrite,

    /// <summary>
    /// One of a thousand copies (exact, or a paragraph added or removed) of one wire piece within a few thousand articles,
    /// or an ordinary copy of one of them later on.
    /// </summary>
    Burst,
}
