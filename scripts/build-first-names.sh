#!/usr/bin/env bash
# Rebuilds the first-name genders that pronouns are matched with (src/Storyline/Resources/common/names/first-names.tsv.br)
# from the npm package gender-detection-from-name (MIT, Davide Violante; first names of en, de, fr, es, it and tr with
# their gender). Its French list is left out: it gives many men's names as women's (Pierre, Michel, Emmanuel, Nicolas).
# The package is fetched into a temporary folder, never into the repo; a fresh clone never needs to run this. Output:
# Brotli-compressed lines "language<TAB>name<TAB>f|m", names in lower case, sorted.
# Usage: scripts/build-first-names.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d -t storyline-names-XXXXXX)"
trap 'rm -rf "$work"' EXIT

printf '[names] fetching gender-detection-from-name into %s\n' "$work" >&2
npm install --prefix "$work" --no-audit --no-fund --silent gender-detection-from-name@1.11.5 >&2

out="$root/src/Storyline/Resources/common/names/first-names.tsv.br"
node - "$work/node_modules/gender-detection-from-name/names" "$out" <<'JS'
const fs = require('fs');
const zlib = require('zlib');
const [dir, out] = process.argv.slice(2);
const lines = [];
for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.js') && f !== 'fr.js').sort()) {
  const language = file.slice(0, -3);
  for (const [name, gender] of require(`${dir}/${file}`)) {
    if (gender === 'male' || gender === 'female') {
      lines.push(`${language}\t${name.toLowerCase()}\t${gender[0]}`);
    }
  }
}
lines.sort();
const data = Buffer.from(lines.join('\n') + '\n', 'utf8');
fs.writeFileSync(out, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
console.error(`[names] ${lines.length} names → ${out} (${(fs.statSync(out).size / 1024).toFixed(0)} KB)`);
JS
