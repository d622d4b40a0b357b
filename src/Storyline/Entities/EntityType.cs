namespace Storyline.Entities;

/// <summary>What a named entity is; serialised in lower case (<c>person</c>, <c>organisation</c>, ...).</summary>
public enum EntityType
{
    Other,
    Person,
    Organisation,
    Place,
    Product,
}
