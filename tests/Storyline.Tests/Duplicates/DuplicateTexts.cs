namespace Storyline.Tests.Duplicates;

/// <summary>
/// Short invented news texts for the duplicate tests: one wire piece, a copy, a rewrite, a partial rewrite, a French
/// translation, and two independent reports (same company and week, different event; same event, written apart).
/// </summary>
public static class DuplicateTexts
{
    public const string Wire = """
        Harbourline Logistics, the Rotterdam freight company, said on Tuesday it would buy the Polish rail operator Koleje Wschodnie for 420 million euros.

        The deal, approved by both boards, gives Harbourline access to 1,800 kilometres of track between Gdansk and the Czech border.

        Chief executive Marit Olsen told reporters in Rotterdam that the purchase would double the company's rail volumes by 2027.

        Koleje Wschodnie employs 2,300 people and carried 14 million tonnes of freight last year.

        The transaction still needs the approval of the European Commission, which is expected in the spring.

        Shares in Harbourline rose 4 percent in Amsterdam after the announcement.
        """;

    // The same text on another site: different spacing and case, a trailer line, the last paragraph missing.
    public const string Copy = """
        Harbourline Logistics, the Rotterdam freight company, said on Tuesday it would buy the Polish rail operator Koleje Wschodnie for 420 million euros.

        The deal, approved by both boards,   gives Harbourline access to 1,800 kilometres of track between Gdansk and the Czech border.

        CHIEF EXECUTIVE Marit Olsen told reporters in Rotterdam that the purchase would double the company's rail volumes by 2027.

        Koleje Wschodnie employs 2,300 people and carried 14 million tonnes of freight last year.

        The transaction still needs the approval of the European Commission, which is expected in the spring.
        """;

    // A rewrite of the wire piece: two paragraphs kept almost word for word, the rest told anew.
    public const string Rewrite = """
        The Dutch group Harbourline is expanding east with its largest acquisition so far.

        The deal, approved by both boards, gives Harbourline access to 1,800 kilometres of track between Gdansk and the Czech border.

        Analysts at ING called the price of 420 million euros reasonable for a network of that size, though they warned that integration would take years.

        Koleje Wschodnie employs 2,300 people and carried 14 million tonnes of freight last year, according to the company.

        Unions in Poland said they would seek guarantees on jobs before the Commission rules on the deal.
        """;

    public const string French = """
        Le transporteur rotterdamois Harbourline Logistics a annoncé mardi le rachat de l'opérateur ferroviaire polonais Koleje Wschodnie pour 420 millions d'euros.

        L'opération, approuvée par les deux conseils d'administration, donne à Harbourline l'accès à 1 800 kilomètres de voies entre Gdansk et la frontière tchèque.

        La directrice générale Marit Olsen a déclaré à Rotterdam que l'acquisition doublerait les volumes ferroviaires du groupe d'ici 2027.

        Koleje Wschodnie emploie 2 300 personnes et a transporté 14 millions de tonnes de fret l'an dernier.

        La transaction doit encore être approuvée par la Commission européenne, une décision attendue au printemps.

        L'action Harbourline a gagné 4 % à Amsterdam après l'annonce.
        """;

    // A German translated rewrite of the wire piece: a new lead, paragraphs reordered, the market paragraph dropped, a
    // paragraph of background added; four of the wire's sentences told again in German, in their own order.
    public const string GermanRewrite = """
        Der Rotterdamer Logistikkonzern greift nach Osteuropa.

        Harbourline Logistics übernimmt den polnischen Bahnbetreiber Koleje Wschodnie für 420 Millionen Euro, wie das Unternehmen am Dienstag mitteilte.

        Koleje Wschodnie beschäftigt 2.300 Menschen und beförderte im vergangenen Jahr 14 Millionen Tonnen Fracht.

        Mit dem Kauf erhält Harbourline Zugang zu 1.800 Kilometern Strecke zwischen Danzig und der tschechischen Grenze.

        Vorstandschefin Marit Olsen sagte in Rotterdam, der Kauf werde das Bahnvolumen des Konzerns bis 2027 verdoppeln.

        Der Güterverkehr auf der Schiene gilt in Europa als Wachstumsmarkt. Mehrere Logistiker haben in den vergangenen Jahren Bahnbetreiber in Mittel- und Osteuropa gekauft, oft mit Hilfe staatlicher Förderbanken.

        So hatte der Hamburger Rivale Nordbahn Cargo 2023 den tschechischen Betreiber Trans Bohemia für 180 Millionen Euro übernommen.
        """;

    // Same company, same week, another event.
    public const string OtherEvent = """
        Harbourline Logistics will close its warehouse in Antwerp at the end of the year, the company said on Thursday.

        About 140 employees work at the site, which handled mainly textile imports from Asia.

        The company said it would offer all staff positions at its new distribution centre near Breda, 60 kilometres away.

        A spokesperson for the ACV union called the decision a blow for the port and said talks would start next week.
        """;

    // The same event, written apart: the same facts, in other words and another order.
    public const string Independent = """
        Poland's rail freight market is getting a new owner from the Netherlands.

        For 420 million euros, Harbourline Logistics is taking over Koleje Wschodnie, a carrier whose trains ran 14 million tonnes of goods in 2024.

        Marit Olsen, who has run Harbourline since 2021, has long argued that road haulage across Europe will lose ground to rail.

        Brussels must still clear the purchase; a ruling is due in spring.

        Railway staff in the east of the country, 2,300 in all, have been told their contracts stay as they are.
        """;

    // The same deal two days later, in English: the court and the unions are new, and the figures the German rewrite gave
    // come back in sentences of their own, in another order.
    public const string FollowUp = """
        Polish unions have asked a Warsaw court to halt the sale of Koleje Wschodnie, two days after Harbourline Logistics agreed to buy the rail operator.

        The line network at stake covers 1,800 kilometres of track between Gdansk and the Czech border.

        In Rotterdam, chief executive Marit Olsen has promised the deal will double Harbourline's rail volumes by 2027.

        The unions say the 2,300 staff of Koleje Wschodnie, which moved 14 million tonnes of freight last year, were never consulted.

        Harbourline Logistics is paying 420 million euros for the Polish operator.

        The court is expected to rule on the request next month.
        """;
}
