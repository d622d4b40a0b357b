namespace Storyline.Tests.Stories;

/// <summary>
/// Reports written for these tests about one invented company, Corvalis of Lyon: two of its funding round, told in other
/// words, and its recall a week later. Its chief executive and its city are in every one; the words of the two events differ.
/// </summary>
public static class CorvalisTexts
{
    public const string Funding =
        "Corvalis, the Lyon battery maker run by chief executive Anna Brenner, has raised 40 million euros in a funding " +
        "round led by Northwind Capital. The investment values the company at 300 million euros, and the investors " +
        "expect the money to pay for a second factory. \"This round lets us build faster,\" Anna Brenner said in Lyon. " +
        "Existing shareholders also invested, and the company plans to hire two hundred engineers.";

    public const string FundingElsewhere =
        "Investors have put 40 million euros into Corvalis. Northwind Capital led the round, which values the Lyon " +
        "company at 300 million euros; earlier shareholders followed. Anna Brenner, its chief executive, said the " +
        "funding would finance a second factory and the hiring of engineers.";

    public const string Recall =
        "Corvalis is recalling 12,000 home batteries after customers reported overheating, the Lyon company said. " +
        "Anna Brenner, its chief executive, apologised and said technicians would replace faulty cells free of charge. " +
        "Owners were told to switch the units off; the safety authority is examining two reports of smoke in garages.";
}
