using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>Where every noun has a capital, what a number or a quantifier counts is a noun, not a name.</summary>
public sealed class CountedNounsTests
{
    [Theory]
    [InlineData("Ein Bäcker aus Talheim liefert jeden Morgen Brötchen, auf einem Schlitten hinter einem Traktor.", "Morgen")]
    [InlineData("„Wir wollten drei Tage Winterwandern, jetzt sind es drei Tage Turnhalle“, sagt Kerstin Möbius aus Magdeburg.", "Tage")]
    [InlineData("Der Schalter habe sich nach weniger als zwei Stunden Dauerbetrieb auf mehr als 140 Grad erhitzt.", "Stunden")]
    public void WhatANumberOrAQuantifierCountsIsNoName(string text, string noun)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.DoesNotContain(entities.SelectMany(e => e.Mentions), m => m.Text.StartsWith(noun, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Die Polizei stellte drei BMW und einen Audi sicher.", "BMW")] // initials
    [InlineData("Der Konzern betreibt 12 Siemens Energy Anlagen in Bayern.", "Siemens Energy")] // a designator
    public void ANameAfterANumberStaysWhereItLooksLikeOne(string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.Contains(entities.SelectMany(e => e.Mentions), m => m.Text == name);
    }
}
