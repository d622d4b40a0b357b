using System.Globalization;
using System.Text;

namespace Storyline.Entities.Names;

/// <summary>
/// The fallback key of a name: lower case (invariant), without accents, with typographic apostrophes made straight and hyphens
/// made spaces, so that "Pyrenees-Orientales" finds "Pyrénées-Orientales" and "l’Union" finds "l'Union".
/// </summary>
public static class NameFolding
{
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Ascii.IsValid(name))
        {
            // Most names are ASCII: no accents to take off, so no normalisation (the catalog folds every name it loads).
            return string.Create(name.Length, name, static (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    span[i] = source[i] == '-' ? ' ' : char.ToLowerInvariant(source[i]);
                }
            });
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(c switch
            {
                '\u2019' or '\u02BC' or '\u2018' => '\'',
                '-' or '\u2010' or '\u2011' or '\u2013' => ' ',
                'ß' => 's',
                _ => char.ToLowerInvariant(c),
            });
            if (c == 'ß')
            {
                folded.Append('s');
            }
        }

        return folded.ToString();
    }
}
