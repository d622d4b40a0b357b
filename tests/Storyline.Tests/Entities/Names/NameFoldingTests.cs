using Storyline.Entities.Names;

namespace Storyline.Tests.Entities.Names;

public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("Pyrénées-Orientales", "pyrenees orientales")]
    [InlineData("l’Union Européenne", "l'union europeenne")]
    [InlineData("Straße", "strasse")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("", "")]
    public void FoldsCaseAccentsApostrophesAndHyphens(string name, string expected) => Assert.Equal(expected, NameFolding.Fold(name));
}
