using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>
/// A one-word name that a noun for a kind of product introduces is that product, not a person or a company; so is a name
/// read as a place the catalog does not know, right before such a noun.
/// </summary>
public sealed class ProductShapeTests
{
    [Theory]
    [InlineData("de", "Die Fitness-App Vindro zählt 4 Millionen Nutzer.")]
    [InlineData("nl", "Volgens de rechtbank gaf de fitnessapp Vindro jarenlang gegevens door.")]
    [InlineData("fr", "Les utilisateurs de l'application Vindro seront indemnisés.")]
    // A few lower-case words that describe the product may stand between.
    [InlineData("it", "La società sviluppa l'app per la corsa Vindro, che conta 4 milioni di utenti.")]
    [InlineData("fr", "Les utilisateurs de l'application de rencontres Vindro seront indemnisés.")]
    [InlineData("es", "Los usuarios de la app de mensajería Vindro recibirán 250 euros.")]
    // A drug: "Präparat", and a compound ending in "mittel".
    [InlineData("de", "Getestet wurde das Präparat Vindro des Hamburger Herstellers Nordkamp.")]
    [InlineData("de", "Wer an Migräne leidet, wird mit dem Schmerzmittel Vindro nicht automatisch beschwerdefrei.")]
    public void ANameAProductNounIntroducesIsAProduct(string language, string text)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);

        Assert.Contains(entities, e => e.Name == "Vindro" && e.Type == EntityType.Product);
    }

    // A name of several words right after a product noun, or in quotation marks right after a brand noun, is a product;
    // a brand named without marks is the company's name, and a first name keeps a person.
    [Theory]
    [InlineData("it", "La società ha richiamato 9.000 friggitrici del modello Brezza Calda vendute in Italia.", "Brezza Calda")]
    [InlineData("de", "Der Händler verkaufte Öl der Marke „Campo Antico“ in vier Ländern.", "Campo Antico")]
    [InlineData("fr", "L'huile était vendue sous la marque « Campo Antico » en Alsace.", "Campo Antico")]
    public void ANameRightAfterAProductOrQuotedAfterABrandNounIsAProduct(string language, string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);

        Assert.Contains(entities, e => e.Name == name && e.Type == EntityType.Product);
    }

    [Theory]
    [InlineData("es", "La naviera dijo que la marca Costa Brava Lines se mantendrá cinco años.", "Costa Brava Lines")]
    [InlineData("en", "The campaign stars the model Naomi Hartley in a red coat.", "Naomi Hartley")]
    public void ABrandWithoutMarksOrAPersonIsNoProduct(string language, string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);

        Assert.DoesNotContain(entities, e => e.Name == name && e.Type == EntityType.Product);
    }

    [Theory]
    [InlineData("fr", "Le nouveau modèle de Vindro sera présenté jeudi à Lyon.")]
    [InlineData("fr", "Les clients de l'application de la banque Vindro seront indemnisés.")]
    public void AProductNounBeforeAPrepositionOrAnOrganisationNounLeavesTheCompany(string language, string text)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);

        Assert.DoesNotContain(entities, e => e.Name == "Vindro" && e.Type == EntityType.Product);
    }

    [Fact]
    public void AnUnknownPlaceRightBeforeAProductNounIsThatProduct()
    {
        // The English tagger reads "Brevik Home" as a place; no place is called so.
        var entities = EntityRecognizer.Default.Recognize("Owners can check their serial number in the Brevik Home app.", "en");

        Assert.Contains(entities, e => e.Name == "Brevik Home" && e.Type == EntityType.Product);
    }

    [Fact]
    public void AProductNounAfterTheNameLeavesTheCompany()
    {
        const string text = "Users of the Vindro app will be paid 250 euros each, Vindro said.";

        var entities = EntityRecognizer.Default.Recognize(text, "en");

        Assert.DoesNotContain(entities, e => e.Name == "Vindro" && e.Type == EntityType.Product);
    }

    [Theory]
    [InlineData("Voltaria N1", true)]
    [InlineData("Airbus A380", true)]
    [InlineData("Galaxy S24", true)]
    [InlineData("Paris 2024", false)]
    [InlineData("Formel 1", false)]
    [InlineData("N1", false)]
    [InlineData("OpenAI o1", true)]
    [InlineData("BMW i4", true)]
    [InlineData("Helvara q3", false)] // a quarter
    [InlineData("Helvara o1x", false)]
    public void ANameEndingInAModelCodeLooksLikeAProduct(string name, bool product) =>
        Assert.Equal(product, ProductShape.EndsInModelCode(name));

    [Fact]
    public void ANameAndAModelCodeInSmallLettersAfterItAreAProduct()
    {
        var entities = EntityRecognizer.Default.Recognize("Le catalogue compte aussi OpenAI o1, lancé en septembre, a indiqué OpenAI.", "fr");

        Assert.Contains(entities, e => e.Name == "OpenAI o1" && e.Type == EntityType.Product);
        Assert.Contains(entities, e => e.Name == "OpenAI" && e.Type == EntityType.Organisation);
    }

    [Fact]
    public void AnUnknownNameEndingInAModelCodeIsAProduct()
    {
        var entities = EntityRecognizer.Default.Recognize("The company hopes to sell its first cells, the Kestrova K2, a year later.", "en");

        Assert.Contains(entities, e => e.Name == "Kestrova K2" && e.Type == EntityType.Product);
    }
}
