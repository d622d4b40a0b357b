using System.Text.Json;

namespace Storyline.Ingest.JsonLines;

/// <summary>Turns one JSON object <c>{title, text | html, url, published, language?}</c> into a raw document, or says what is wrong.</summary>
public static class JsonArticle
{
    public static IngestItem From(JsonElement element, string source, int line, string rawHash)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return new IngestFailure(source, line, $"expected a JSON object, found {element.ValueKind.ToString().ToLowerInvariant()}");
        }

        var text = String(element, "text");
        var html = String(element, "html");
        if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(html))
        {
            return new IngestFailure(source, line, "record has neither \"text\" nor \"html\"");
        }

        DateTimeOffset? published = null;
        if (String(element, "published") is { } date)
        {
            if (!DateTimeOffset.TryParse(date, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var value))
            {
                return new IngestFailure(source, line, $"\"published\" is not a date: {date}");
            }

            published = value;
        }

        var isHtml = string.IsNullOrWhiteSpace(text);
        return new RawDocument(source, isHtml ? ContentKind.HtmlFragment : ContentKind.Text, isHtml ? html! : text!, rawHash)
        {
            Url = String(element, "url"),
            Title = String(element, "title"),
            Published = published,
            Author = String(element, "author"),
            SiteName = String(element, "site") ?? String(element, "siteName"),
            DeclaredLanguage = String(element, "language"),
            Line = line,
        };
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
