using Storyline.Dictionaries;

namespace Storyline.Tests.Dictionaries;

public sealed class DictdFileTests
{
    [Fact]
    public void TranslationsAreReadWithoutNotesExamplesReferencesOrDefinitions()
    {
        using var folder = new TempFolder();
        var index = DictdWriter.Write(
            folder,
            "deu-eng",
            ("eröffnen", "eröffnen /ɛɾˈœfnən/ <v, trans>\nopen <v>\n      \"das Spiel eröffnen\"  - open the game\n see: {eröffnend}, {eröffnet}\n"),
            ("Büro", "Büro /byˈʁoː/ <n, neut>\n1. office, bureau [adm.]\n2. agency (of a company)\n         Note: Dienststelle\n   Synonym: {Amt}\n"),
            ("Kanzlei", "Kanzlei <fem>\nchambers\nOffice of a lawyer or of a notary where written and administrative work is done every day\n"));

        var entries = DictdFile.Read(index).ToDictionary(e => e.Headword, e => e.Translations);

        Assert.Equal(["open"], entries["eröffnen"]);
        Assert.Equal(["office", "bureau", "agency"], entries["Büro"]);
        Assert.Equal(["chambers"], entries["Kanzlei"]);
        Assert.DoesNotContain("00databaseinfo", entries.Keys);
    }

    [Fact]
    public void AnIndexPointingOutsideItsBodyLosesThatEntryOnly()
    {
        using var folder = new TempFolder();
        var index = DictdWriter.Write(folder, "fra-deu", ("bureau", "bureau <n>\nBüro\n"));
        File.AppendAllText(index, "fenêtre\tZZZZ\tBB\nporte\t!!\tB\n");

        Assert.Equal(["bureau"], DictdFile.Read(index).Select(e => e.Headword));
    }
}
