using Storyline.Entities.Names;

namespace Storyline.Tests.Entities.Names;

/// <summary>The gender first names carry, that pronouns are matched with.</summary>
public sealed class FirstNamesTests
{
    private static FirstNames Read(params string[] lines) => FirstNames.Read(new StringReader(string.Join('\n', lines)));

    [Fact]
    public void ANameCountsWhereTwoListsOrMoreAgreeOnIt()
    {
        var names = Read("en\tandrea\tf", "it\tandrea\tm", "en\thillary\tf", "it\thillary\tf", "es\tthe\tm");

        Assert.Null(names.GenderOf("Andrea"));
        Assert.Equal('f', names.GenderOf("Hillary"));
        Assert.Null(names.GenderOf("The"));
        Assert.Null(names.GenderOf("Nobody"));
    }

    [Fact]
    public void TheEmbeddedListKnowsCommonNames()
    {
        Assert.Equal('f', FirstNames.Embedded.GenderOf("Hillary"));
        Assert.Equal('m', FirstNames.Embedded.GenderOf("Donald"));
        Assert.Equal('m', FirstNames.Embedded.GenderOf("Pierre"));
        Assert.Equal('f', FirstNames.Embedded.GenderOf("Sabine"));
    }
}
