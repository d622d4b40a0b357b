using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;

namespace Storyline.Text;

/// <summary>
/// Calls Google's CLD2 from Debian's <c>libcld2-0</c> package. CLD2 keeps no state between calls, so this is thread-safe.
/// </summary>
/// <remarks>
/// The library exports only the C++ API, so the entry points are the Itanium-mangled names of libcld2.so.0 built from the
/// 2015-08-06 snapshot (Debian bookworm 0.0.0-git20150806-9). Another build could mangle or lay out the enums differently:
/// <see cref="Probe"/> checks a known answer at start-up so that a mismatch fails loudly instead of returning noise.
/// </remarks>
internal static class Cld2Native
{
    private const string Library = "libcld2.so.0";

    // CLD2::UNKNOWN_LANGUAGE in generated_language.h and CLD2::UNKNOWN_ENCODING in encodings.h.
    private const int UnknownLanguage = 26;
    private const int UnknownEncoding = 23;

    // CLD2::kCLDFlagBestEffort: answer even on short text. Without it CLD2 returns "unknown" for many two-sentence
    // paragraphs full of names (measured: 8 of 315 Spanish 200-char SemEval snippets), and they deserve a guess that
    // Lingua can then check.
    private const int BestEffort = 0x4000;

    private static readonly ConcurrentDictionary<int, string> Codes = new();

    /// <summary>Runs CLD2 on plain text; a text without letters comes back as <c>und</c>.</summary>
    public static Cld2Verdict Detect(ReadOnlySpan<char> text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            // Lone surrogates become U+FFFD here, so CLD2 always receives valid UTF-8 (it does not check it itself).
            var length = Encoding.UTF8.GetBytes(text, buffer);
            var languages = default(IntTriple);
            var percents = default(IntTriple);
            var scores = default(DoubleTriple);
            var hints = new Hints { EncodingHint = UnknownEncoding, LanguageHint = UnknownLanguage };
            var summary = ExtDetectLanguageSummary(
                buffer, length, isPlainText: true, ref hints, BestEffort, ref languages, ref percents, ref scores,
                resultChunks: IntPtr.Zero, out _, out var reliable);

            // The returned summary language, not language3[0], is CLD2's answer: language3 also ranks the bytes it could not
            // score (names, numbers) as "unknown", which often comes first in a headline full of names.
            var percent = summary == languages.A ? percents.A : summary == languages.B ? percents.B : summary == languages.C ? percents.C : 0;
            var runnersUp = new[] { languages.A, languages.B, languages.C }.Where(l => l != summary && l != UnknownLanguage).ToArray();
            return new Cld2Verdict(
                CodeOf(summary),
                percent,
                runnersUp.Length > 0 ? CodeOf(runnersUp[0]) : LanguageGuess.UndeterminedCode,
                runnersUp.Length > 1 ? CodeOf(runnersUp[1]) : LanguageGuess.UndeterminedCode,
                reliable);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Throws when the library is missing or does not behave like the build these entry points were taken from.</summary>
    public static void Probe()
    {
        Cld2Verdict verdict;
        try
        {
            verdict = Detect("Le gouvernement a présenté mercredi un projet de loi sur les retraites, qui sera débattu en juin.");
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            throw new InvalidOperationException(
                $"CLD2 ({Library}) could not be loaded: install the Debian package libcld2-0 (apt-get install -y libcld2-0).", e);
        }

        if (!string.Equals(verdict.First, "fr", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"{Library} answered '{verdict.First}' for a French sentence: this CLD2 build does not match the entry points used here.");
        }
    }

    private static string CodeOf(int language) =>
        Codes.GetOrAdd(language, static l => LanguageCodes.Normalize(Marshal.PtrToStringAnsi(LanguageCode(l))));

    // Language ExtDetectLanguageSummary(const char* buffer, int buffer_length, bool is_plain_text, const CLDHints* cld_hints,
    //     int flags, Language* language3, int* percent3, double* normalized_score3,
    //     std::vector<ResultChunk>* resultchunkvector, int* text_bytes, bool* is_reliable)  -- compact_lang_det.h
    [DllImport(Library, EntryPoint =
        "_ZN4CLD224ExtDetectLanguageSummaryEPKcibPKNS_8CLDHintsEiPNS_8LanguageEPiPdPSt6vectorINS_11ResultChunkESaISA_EES7_Pb")]
    private static extern int ExtDetectLanguageSummary(
        byte[] buffer,
        int length,
        [MarshalAs(UnmanagedType.U1)] bool isPlainText,
        ref Hints hints,
        int flags,
        ref IntTriple language3,
        ref IntTriple percent3,
        ref DoubleTriple normalizedScore3,
        IntPtr resultChunks,
        out int textBytes,
        [MarshalAs(UnmanagedType.U1)] out bool isReliable);

    // const char* LanguageCode(Language lang) -- returns a static string, never freed.
    [DllImport(Library, EntryPoint = "_ZN4CLD212LanguageCodeENS_8LanguageE")]
    private static extern IntPtr LanguageCode(int language);

    // struct CLDHints { const char* content_language_hint; const char* tld_hint; int encoding_hint; Language language_hint; }
    [StructLayout(LayoutKind.Sequential)]
    private struct Hints
    {
        public IntPtr ContentLanguageHint;
        public IntPtr TldHint;
        public int EncodingHint;
        public int LanguageHint;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct IntTriple
    {
        public int A;
        public int B;
        public int C;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct DoubleTriple
    {
        public double A;
        public double B;
        public double C;
    }
}
