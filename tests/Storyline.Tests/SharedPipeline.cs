using Storyline.Text;

namespace Storyline.Tests;

/// <summary>One pipeline for the whole test run: the language models take a second to load.</summary>
public static class SharedPipeline
{
    private static readonly Lazy<LanguageIdentifier> Identifier = new(() => new LanguageIdentifier());

    public static LanguageIdentifier Languages => Identifier.Value;

    public static Pipeline Create(PipelineOptions? options = null) =>
        new(options ?? new PipelineOptions(), Storyline.Languages.LanguageResources.Embedded, Languages);
}
