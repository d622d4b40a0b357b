using System.Security.Cryptography;
using System.Text;

namespace Storyline.Evaluation.Gate;

/// <summary>SHA-256 of a file, or of a folder's files (relative paths and contents, in ordinal order).</summary>
public static class DataFingerprint
{
    public static string Of(string path)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (File.Exists(path))
        {
            hash.AppendData(File.ReadAllBytes(path));
        }
        else
        {
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(path, file).Replace('\\', '/') + "\n"));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
