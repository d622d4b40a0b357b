using Storyline.Ingest.Charsets;

namespace Storyline.Tests.Ingest.Charsets;

public sealed class BinarySnifferTests
{
    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "PNG image")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "JPEG image")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "PDF document")]
    [InlineData(new byte[] { 0x41, 0x00, 0x42, 0x43 }, "binary data (NUL bytes)")]
    public void RecognisesBinary(byte[] bytes, string expected) => Assert.Equal(expected, BinarySniffer.Describe(bytes));

    [Fact]
    public void TextIsNotBinary() => Assert.Null(BinarySniffer.Describe("Bonjour à tous\r\n\tHallo"u8));
}
