#!/usr/bin/env bash
# Installs what Storyline needs beyond the .NET SDK on a fresh Debian machine: CLD2 (libcld2-0) for
# language identification, and FreeDict's bilingual dictionaries (GPL / CC BY-SA, read where installed, never copied
# into the project), through which quotes are matched with their translations across languages. Quiet and quick
# when everything is there already.
set -euo pipefail

need=()
compgen -G '/usr/lib/*/libcld2.so.0' >/dev/null || compgen -G '/usr/lib/libcld2.so.0' >/dev/null || need+=(libcld2-0)

# English to and from German, French, Spanish, Italian and Dutch, and German–French. More pairs were measured and
# left out: every word then has more translations, more words pass MostConcepts, and twins were found less often.
for pair in deu-eng eng-deu fra-deu deu-fra fra-eng eng-fra spa-eng eng-spa ita-eng eng-ita nld-eng eng-nld; do
    [ -f "/usr/share/dictd/freedict-$pair.index" ] || need+=("dict-freedict-$pair")
done

if [ ${#need[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    printf '[setup] installing %s\n' "${need[*]}" >&2
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi
