using Storyline.Entities;

namespace Storyline.Tests.Entities;

public sealed class ShortFormTests
{
    [Theory]
    [InlineData("Wexler", "Dana Wexler", true, true)]
    [InlineData("Dana", "Dana Wexler", true, true)]
    [InlineData("Wexler", "Dana Wexler", false, false)]
    [InlineData("Northgate", "Northgate Ventures", false, true)]
    [InlineData("Ventures", "Northgate Ventures", false, false)]
    [InlineData("EIB", "European Investment Bank", false, true)]
    [InlineData("NRF", "National Research Foundation", false, true)]
    [InlineData("BCE", "Banque centrale européenne", false, false)]
    [InlineData("Northgate Ventures", "Northgate Ventures", false, false)]
    public void RecognisesPrefixesSurnamesAndInitials(string shortName, string longName, bool person, bool expected) =>
        Assert.Equal(expected, ShortForm.Of(shortName, longName, person));
}
