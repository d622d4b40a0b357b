using Storyline.Dictionaries;

namespace Storyline.Tests.Dictionaries;

public sealed class TranslatedWordsTests
{
    [Fact]
    public void WordsAreMarkedWhenCognatesOrTranslationsAndOnlyCognatesWithinOneLanguage()
    {
        using var folder = new TempFolder();
        DictdWriter.Write(folder, "fra-deu", ("bureau", "bureau <n>\nBüro\n"), ("entreprise", "entreprise <n>\nUnternehmen\n"));
        var dictionaries = new BilingualDictionaries(folder.Path);
        string[] french = ["bureau", "investissement", "entreprise", "fromage"];
        string[] german = ["investition", "buro", "unternehmen", "wetter"];

        var (a, b) = TranslatedWords.Marked("fr", french, "de", german, dictionaries);
        var (sameA, _) = TranslatedWords.Marked("fr", french, "fr", german, dictionaries);

        Assert.Equal([true, true, true, false], a);
        Assert.Equal([true, true, true, false], b);
        Assert.Equal([false, true, false, false], sameA);
    }
}
