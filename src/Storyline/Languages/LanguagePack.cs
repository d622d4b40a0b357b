namespace Storyline.Languages;

/// <summary>The facts Storyline knows about one language, parsed once from its resource folder.</summary>
public sealed record LanguagePack(string Code, bool Supported, BoilerplateCues Boilerplate)
{
    public static LanguagePack Unsupported(string code) => new(code, false, BoilerplateCues.Empty);
}
