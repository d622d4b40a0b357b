using System.Text;
using Storyline.Ingest.Charsets;

namespace Storyline.Tests.Ingest.Charsets;

public sealed class TextDecoderTests
{
    private static readonly System.Text.Encoding Cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private static readonly System.Text.Encoding Latin2 = CodePagesEncodingProvider.Instance.GetEncoding("iso-8859-2")!;

    [Fact]
    public void Utf8BomIsHonouredAndStripped()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. "Brüssel"u8]);
        Assert.Equal("Brüssel", decoded.Text);
        Assert.Equal("BOM", decoded.How);
    }

    [Fact]
    public void Utf16WithBomIsDecoded()
    {
        var decoded = TextDecoder.Decode([.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes("À Bruxelles, l’été")]);
        Assert.Equal("À Bruxelles, l’été", decoded.Text);
    }

    [Fact]
    public void MetaCharsetWindows1252IsUsedForNonUtf8Bytes()
    {
        var html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Les élèves ont déjà payé 5 € – « très cher ».</p></body></html>";
        var decoded = TextDecoder.Decode(Cp1252.GetBytes(html));
        Assert.Contains("Les élèves ont déjà payé 5 € – « très cher ».", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("declared", decoded.How);
    }

    [Fact]
    public void HttpEquivIso88591IsReadAsItsWindows1252Superset()
    {
        var html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>Größere Straßen in München</p>";
        var decoded = TextDecoder.Decode(System.Text.Encoding.Latin1.GetBytes(html));
        Assert.Contains("Größere Straßen in München", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DeclaredLatin2IsHonoured()
    {
        var html = "<meta charset=\"iso-8859-2\"><p>Zażółć gęślą jaźń w Łodzi</p>";
        var decoded = TextDecoder.Decode(Latin2.GetBytes(html));
        Assert.Contains("Zażółć gęślą jaźń w Łodzi", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void UndeclaredLegacyTextFallsBackWithAWarning()
    {
        var text = "Le gouvernement a annoncé une hausse des prix de l'énergie à la fin de l'été. Les élèves étaient très inquiets.";
        var decoded = TextDecoder.Decode(Cp1252.GetBytes(text));
        Assert.Equal(text, decoded.Text);
        Assert.NotNull(decoded.Warning);
    }

    [Fact]
    public void MostlyUtf8WithOneBrokenSequenceStaysUtf8AndSaysWhere()
    {
        byte[] bytes = [.. "Brüssel und München, "u8, 0xC3, (byte)' ', .. "Köln und Düsseldorf."u8];
        var decoded = TextDecoder.Decode(bytes);
        Assert.StartsWith("Brüssel und München, \uFFFD", decoded.Text, StringComparison.Ordinal);
        Assert.EndsWith("Köln und Düsseldorf.", decoded.Text, StringComparison.Ordinal);
        Assert.Contains("invalid UTF-8 at byte 23", decoded.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidUtf8WinsOverAWrongDeclaration()
    {
        var decoded = TextDecoder.Decode(System.Text.Encoding.UTF8.GetBytes("<meta charset=\"iso-8859-1\"><p>Noël à Zürich</p>"));
        Assert.Contains("Noël à Zürich", decoded.Text, StringComparison.Ordinal);
        Assert.Null(decoded.Warning);
    }
}
