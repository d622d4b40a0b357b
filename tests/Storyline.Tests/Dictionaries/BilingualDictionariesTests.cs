using Storyline.Dictionaries;

namespace Storyline.Tests.Dictionaries;

/// <summary>Words across languages through dictionaries the tests write in FreeDict's layout, not the machine's.</summary>
public sealed class BilingualDictionariesTests
{
    [Fact]
    public void InflectedWordsMeetTheirTranslationsDirectlyAndThroughAThirdLanguage()
    {
        using var folder = new TempFolder();
        DictdWriter.Write(folder, "fra-deu", ("bureau", "bureau <n, masc>\nBüro, Amt\n"), ("ouvrir", "ouvrir <v>\neröffnen, öffnen\n"));
        DictdWriter.Write(folder, "deu-eng", ("Büro", "Büro <n>\noffice\n"), ("Unternehmen", "Unternehmen <n>\ncompany, enterprise\n"));
        DictdWriter.Write(folder, "fra-eng", ("entreprise", "entreprise <n>\ncompany\n"));
        var dictionaries = new BilingualDictionaries(folder.Path);

        // Plural and verb forms against headwords, after folding (Büro → buro) and stemming on both sides.
        Assert.True(Meet(dictionaries, "fr", "bureaux", "de", "buro"));
        Assert.True(Meet(dictionaries, "fr", "ouvrira", "de", "eroffnen"));
        Assert.True(Meet(dictionaries, "de", "buro", "en", "offices"));

        // French and German meet through English where neither dictionary between them has the word.
        Assert.True(Meet(dictionaries, "fr", "entreprise", "de", "unternehmens"));
        Assert.False(Meet(dictionaries, "fr", "bureau", "de", "unternehmen"));
        Assert.Equal(["de-en", "fr-de", "fr-en"], dictionaries.Pairs);
    }

    [Fact]
    public void ShortWordsHaveNoConceptsAndUnknownWordsOnlyTheirOwn()
    {
        using var folder = new TempFolder();
        DictdWriter.Write(folder, "fra-deu", ("les", "les <art>\ndie\n"), ("bureau", "bureau <n>\nBüro\n"));
        var dictionaries = new BilingualDictionaries(folder.Path);

        Assert.Empty(dictionaries.Concepts("fr", "les"));
        Assert.Single(dictionaries.Concepts("fr", "simplon"));
        Assert.Single(dictionaries.Concepts("it", "ufficio"));
        Assert.False(dictionaries.Knows("it"));
    }

    [Fact]
    public void AWordWithManyTranslationsKeepsItsFirstInEachLanguage()
    {
        using var folder = new TempFolder();
        DictdWriter.Write(folder, "deu-eng", ("Gewinn", "Gewinn <n>\nreturn, earnings, profit\ngain, prize, winnings\nadvantage, yield, benefit\n"));
        DictdWriter.Write(folder, "deu-fra", ("Gewinn", "Gewinn <n>\nbénéfice\n"));
        DictdWriter.Write(folder, "eng-deu", ("advantage", "advantage <n>\nVorteil\n"));
        var dictionaries = new BilingualDictionaries(folder.Path);

        // The common sense comes first: nine English words no longer cost "Gewinn" its place in a translated sentence.
        Assert.True(Meet(dictionaries, "de", "gewinn", "en", "profits"));
        Assert.False(Meet(dictionaries, "de", "gewinn", "en", "advantage"));
        // The cap is per language: English's many do not crowd out the one French word.
        Assert.True(Meet(dictionaries, "de", "gewinns", "fr", "benefices"));
    }

    [Fact]
    public void AMissingFolderKnowsNoLanguage()
    {
        var dictionaries = new BilingualDictionaries(Path.Combine(Path.GetTempPath(), "storyline-no-such-folder-" + Guid.NewGuid().ToString("N")));

        Assert.Empty(dictionaries.Pairs);
        Assert.False(Meet(dictionaries, "fr", "bureau", "de", "buro"));
    }

    [Fact]
    public void ADictionaryInstalledInOneDirectionOnlyIsReadBackwardsForTheOther()
    {
        using var folder = new TempFolder();
        DictdWriter.Write(folder, "eng-ita", ("office", "office\nufficio\n"));
        DictdWriter.Write(folder, "deu-eng", ("Büro", "Büro <n>\noffice\n"));
        var dictionaries = new BilingualDictionaries(folder.Path);

        // Italian has no dictionary of its own: eng-ita read backwards gives "ufficio" the English concept German reaches.
        Assert.True(Meet(dictionaries, "it", "uffici", "de", "buro"));
    }

    [Fact]
    public void ADamagedDictionaryIsLeftOutAndTheOthersStillServe()
    {
        using var folder = new TempFolder();
        DictdWriter.Write(folder, "fra-deu", ("bureau", "bureau <n>\nBüro\n"));
        DictdWriter.Write(folder, "fra-eng", ("bureau", "bureau <n>\noffice\n"));
        File.WriteAllText(folder.File("freedict-fra-eng.dict.dz"), "not gzip at all");
        var dictionaries = new BilingualDictionaries(folder.Path);

        Assert.True(Meet(dictionaries, "fr", "bureau", "de", "buro"));
        Assert.False(Meet(dictionaries, "fr", "bureau", "en", "office"));
    }

    private static bool Meet(BilingualDictionaries dictionaries, string la, string a, string lb, string b) =>
        dictionaries.Concepts(la, a).Intersect(dictionaries.Concepts(lb, b)).Any();
}
