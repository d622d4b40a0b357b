using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Storyline.Ingest.Charsets;

namespace Storyline.Ingest.Feeds;

/// <summary>
/// Reads RSS 2.0 and Atom feeds item by item with System.ServiceModel.Syndication, so a truncated or malformed feed
/// still yields the items before the damage, followed by one failure with its line.
/// Full content comes from <c>content:encoded</c> where present, else the Atom content, else the description.
/// </summary>
public static class FeedReader
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";

    public static bool LooksLikeFeed(string text)
    {
        var head = text.Length > 2048 ? text[..2048] : text;
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase);
    }

    public static IEnumerable<IngestItem> Read(string source, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        var rawHash = ArticleIdentity.HashBytes(bytes);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
        using var reader = XmlReader.Create(new StringReader(decoded.Text), settings);
        string? language = null;
        string? siteName = null;
        var items = 0;
        var enumerator = ReadItems(reader, source).GetEnumerator();
        while (true)
        {
            FeedEvent next;
            try
            {
                if (!enumerator.MoveNext())
                {
                    break;
                }

                next = enumerator.Current;
            }
            catch (XmlException e)
            {
                next = FeedEvent.Fatal(new IngestFailure(source, e.LineNumber, $"malformed feed after {items} item(s): {e.Message}"));
            }

            if (next.Failure is { } failure)
            {
                yield return failure;
                if (next.IsFatal)
                {
                    yield break;
                }
            }

            language ??= next.Language;
            siteName ??= next.Site;
            if (next.Item is { } item)
            {
                items++;
                yield return ToDocument(item, next.Published, source, rawHash, items, language, siteName, decoded.Warning);
            }
        }

        if (items == 0)
        {
            yield return new IngestFailure(source, null, "feed has no items");
        }
    }

    private static IEnumerable<FeedEvent> ReadItems(XmlReader reader, string source)
    {
        var sawRoot = false;
        var positioned = false;
        // ReadElementContentAsString leaves the reader on the next node already: reading again would skip it.
        while (positioned || reader.Read())
        {
            positioned = false;
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (!sawRoot)
            {
                sawRoot = true;
                if (reader.LocalName is not ("rss" or "feed"))
                {
                    yield return FeedEvent.Fatal(new IngestFailure(source, LineOf(reader), $"not an RSS 2.0 or Atom feed (root element <{reader.LocalName}>)"));
                    yield break;
                }

                if (reader.GetAttribute("xml:lang") is { } rootLang)
                {
                    yield return new FeedEvent { Language = rootLang };
                }

                continue;
            }

            switch (reader.LocalName)
            {
                case "language" when reader.Depth == 2:
                    yield return new FeedEvent { Language = reader.ReadElementContentAsString().Trim() };
                    positioned = true;
                    break;
                case "title" when reader.Depth is 1 or 2:
                    yield return new FeedEvent { Site = reader.ReadElementContentAsString().Trim() };
                    positioned = true;
                    break;
                case "item" or "entry":
                    yield return LoadItem(reader, source);
                    break;
            }
        }
    }

    private static FeedEvent LoadItem(XmlReader reader, string source)
    {
        var line = LineOf(reader);
        var atom = reader.LocalName == "entry";
        using var subtree = reader.ReadSubtree();
        var element = XElement.Load(subtree);
        try
        {
            // Syndication rejects the whole item on a non-RFC 822 date; take dates out and read them leniently ourselves.
            var published = TakeDate(element, "pubDate", "published", "date", "updated", "modified");
            var formatter = atom ? (SyndicationItemFormatter)new Atom10ItemFormatter() : new Rss20ItemFormatter();
            using var itemReader = element.CreateReader();
            itemReader.MoveToContent();
            formatter.ReadFrom(itemReader);
            return new FeedEvent { Item = formatter.Item, Published = published };
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or UriFormatException or XmlException)
        {
            // One unreadable item loses only itself; the reader is already past its end tag.
            return new FeedEvent { Failure = new IngestFailure(source, line, $"unreadable feed item: {e.Message}") };
        }
    }

    private static DateTimeOffset? TakeDate(XElement item, params string[] names)
    {
        DateTimeOffset? found = null;
        foreach (var name in names)
        {
            foreach (var date in item.Elements().Where(e => e.Name.LocalName == name).ToList())
            {
                if (found is null && FeedDates.TryParse(date.Value, out var value))
                {
                    found = value;
                }

                date.Remove();
            }
        }

        return found;
    }

    private static int LineOf(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;

    private static RawDocument ToDocument(SyndicationItem item, DateTimeOffset? published, string source, string rawHash, int index, string? language, string? site, string? warning)
    {
        var encoded = item.ElementExtensions.Where(e => e.OuterName == "encoded" && e.OuterNamespace == ContentNamespace)
            .Select(e => e.GetObject<string>()).FirstOrDefault();
        var content = encoded
            ?? (item.Content as TextSyndicationContent)?.Text
            ?? item.Summary?.Text
            ?? "";
        var url = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString() ?? item.Id;
        return new RawDocument(source, ContentKind.HtmlFragment, content, rawHash)
        {
            Url = url,
            Title = item.Title?.Text,
            Published = published,
            Author = item.Authors.Select(a => a.Name ?? a.Email).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a)),
            SiteName = site,
            DeclaredLanguage = language,
            Line = index,
            DecodingWarning = warning,
        };
    }
}
