using Storyline.Text;

namespace Storyline.Tests.Text;

public sealed class MojibakeRepairTests
{
    [Theory]
    [InlineData("Ã©tÃ©", "été")]
    [InlineData("lâ€™entreprise", "l’entreprise")]
    [InlineData("BÃ¼ro in BrÃ¼ssel", "Büro in Brüssel")]
    [InlineData("ÃƒÂ©tÃƒÂ©", "été")]
    public void RepairsTextDecodedTwice(string broken, string expected) => Assert.Equal(expected, MojibakeRepair.Repair(broken));

    [Theory]
    [InlineData("Ça va, Ãgua, À bientôt")]
    [InlineData("Größe Straße Ökonomie")]
    [InlineData("")]
    public void LeavesCleanTextAlone(string text) => Assert.Equal(text, MojibakeRepair.Repair(text));
}
