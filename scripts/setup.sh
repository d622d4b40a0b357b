#!/usr/bin/env bash
# Installs what Storyline needs beyond the .NET SDK on a fresh Debian machine: CLD2 (libcld2-0) for
# language identification. Quiet and quick when everything is there already.
set -euo pipefail

need=()
compgen -G '/usr/lib/*/libcld2.so.0' >/dev/null || compgen -G '/usr/lib/libcld2.so.0' >/dev/null || need+=(libcld2-0)

if [ ${#need[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    printf '[setup] installing %s\n' "${need[*]}" >&2
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >&2
fi
