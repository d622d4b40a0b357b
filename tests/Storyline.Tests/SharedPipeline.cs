using Storyline.Tests.Text;

namespace Storyline.Tests;

/// <summary>Pipelines for tests, sharing one language identifier as production does.</summary>
public static class SharedPipeline
{
    public static Pipeline Create(PipelineOptions? options = null) =>
        new(options ?? new PipelineOptions(), Storyline.Languages.LanguageResources.Embedded, SharedLanguageIdentifier.Instance, Storyline.Entities.EntityRecognizer.Default);
}
