using Storyline.Figures.Dates;
using Storyline.Languages;

namespace Storyline.Tests.Figures.Dates;

/// <summary>What is not a date, and input that must neither throw nor yield spans out of range.</summary>
public sealed class DateReaderRobustnessTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 10, 9, 30, 0, TimeSpan.FromHours(2));

    [Theory]
    [InlineData("fr", "Le train part à 8h30 et arrive à 12h15.")]
    [InlineData("de", "Der Zug fährt um 8.30 Uhr ab.")]
    [InlineData("fr", "Le contrat court sur 18 mois.")]
    [InlineData("en", "The fund will run for three years.")]
    [InlineData("en", "Lumora recalls Pods 2 cases; version 2.10.4 fixes it.")]
    [InlineData("nl", "AZ won met 2-1 van Ajax.")]
    [InlineData("de", "Der 3. Platz ging an Hamburg.")]
    [InlineData("es", "Llegó por la mañana al aeropuerto.")]
    public void NotDates(string language, string text) =>
        Assert.Empty(DateReaderTests.Find(language, text, Published));

    [Fact]
    public void AnImpossibleDayIsUnresolvedNotSplit() =>
        Assert.Equal(["31 février 2025=null"], DateReaderTests.Find("fr", "Le rapport du 31 février 2025 n’existe pas.", Published));

    [Theory]
    [InlineData("")]
    [InlineData("xx")]
    [InlineData("fr-FR")]
    public void AnyLanguageCodeGetsAReader(string language) =>
        Assert.Equal(["2025-06-10"], DateReader.For(language).Read("2025-06-10", null).Select(m => m.Resolved));

    [Fact]
    public void EmptyTextHasNoDates() => Assert.Empty(DateReader.For("fr").Read("", Published));

    [Fact]
    public void ExtremePublicationDatesDoNotThrow()
    {
        Assert.Equal(["hier=null"], DateReaderTests.Find("fr", "hier", DateTimeOffset.MinValue));
        Assert.Equal(["demain=null"], DateReaderTests.Find("fr", "demain", DateTimeOffset.MaxValue));
    }

    [Fact]
    public void RandomAndLongInputStaysInRange()
    {
        var random = new Random(11);
        var junk = new string(Enumerable.Range(0, 50_000).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray());
        var words = string.Join(' ', Enumerable.Range(0, 10_000).Select(i =>
            (i % 7) switch { 0 => "mardi", 1 => "10", 2 => "juin", 3 => "2025", 4 => "en", 5 => "hier", _ => "99999" }));
        var digits = new string('1', 20_000) + "/" + new string('2', 20_000);
        foreach (var language in LanguageResources.Embedded.Languages.Append("xx"))
        {
            foreach (var text in new[] { junk, words, digits })
            {
                var matches = DateReader.For(language).Read(text, Published);
                var end = 0;
                foreach (var match in matches)
                {
                    Assert.InRange(match.Start, end, text.Length - match.Length);
                    Assert.True(match.Length > 0);
                    end = match.Start + match.Length;
                }
            }
        }
    }

    [Fact]
    public void EveryRequiredLanguageHasDateWords()
    {
        foreach (var language in new[] { "en", "fr", "de", "es", "it", "nl" })
        {
            var counts = DateWords.For(LanguageResources.Embedded, language).Counts;
            Assert.Equal(12, DistinctMonths(language));
            Assert.InRange(counts["weekdays"], 7, 20);
            Assert.NotEqual(0, counts["relative"]);
            Assert.NotEqual(0, counts["year-cues"]);
        }
    }

    [Fact]
    public void AFolderOnDiskAddsALanguageWithoutCode()
    {
        using var folder = new TempFolder();
        folder.Write("sv/dates.txt", "# Swedish\n[months]\njuni\t6\n[weekdays]\ntisdag\t2\n[relative]\nigår\tday-1\n");
        var reader = new DateReader(DateWords.For(new LanguageResources(folder.Path), "sv"));
        var text = "Bolaget meddelade i tisdags och igår att 10 juni 2025 gäller.";
        Assert.Equal(["igår=2025-06-09", "10 juni 2025=2025-06-10"],
            reader.Read(text, Published).Select(m => $"{text.Substring(m.Start, m.Length)}={m.Resolved}"));
    }

    [Fact]
    public void ABadValueIsAnErrorNamingTheResource()
    {
        var error = Assert.Throws<InvalidDataException>(() => DateWords.Parse(["[months]", "brumaire\t13"], "xx/dates.txt"));
        Assert.Contains("xx/dates.txt", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => DateWords.Parse(["[relative]", "hier\tday-1", "hier\tday+1"], "xx/dates.txt"));
    }

    /// <summary>Every month 1..12 is named: one full name per month in the file reads as a date.</summary>
    private static int DistinctMonths(string language)
    {
        var lines = LanguageResources.Embedded.ReadLines(language, DateWords.File)!;
        var inMonths = false;
        var months = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.StartsWith('['))
            {
                inMonths = line == "[months]";
            }
            else if (inMonths && line.Contains('\t', StringComparison.Ordinal))
            {
                months.Add(line.Split('\t')[1]);
            }
        }

        return months.Count;
    }
}
