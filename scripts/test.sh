#!/usr/bin/env bash
# Runs every test on a fresh machine: checks the toolchain, restores packages, builds warnings-as-errors,
# checks formatting, runs all test projects, and ends with one line "N passed, N failed" (what CI reads).
set -uo pipefail
cd "$(dirname "$0")/.."

log() { printf '[test] %s\n' "$*" >&2; }

if ! command -v dotnet >/dev/null 2>&1; then
    log "the .NET SDK is missing: install dotnet-sdk-10.0 (see README)"
    echo "0 passed, 1 failed"
    exit 1
fi

log "system packages"
if ! bash scripts/setup.sh; then
    log "setup failed: could not install the system packages the tests need"
    echo "0 passed, 1 failed"
    exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log "restore and build"
if ! dotnet build Storyline.slnx -c Release -nologo -v quiet; then
    log "build failed"
    echo "0 passed, 1 failed"
    exit 1
fi

log "formatting"
format_failed=0
if ! dotnet format Storyline.slnx --verify-no-changes --no-restore -v quiet; then
    log "dotnet format found changes: run 'dotnet format' and commit"
    format_failed=1
fi

log "tests"
out=$(mktemp)
dotnet test --solution Storyline.slnx -c Release --no-build 2>&1 | tee "$out"
status=${PIPESTATUS[0]}

# Microsoft.Testing.Platform ends with a summary block: "total: N / failed: N / succeeded: N / skipped: N".
passed=$(grep -E '^\s*succeeded:\s*[0-9]+' "$out" | tail -1 | grep -oE '[0-9]+' || true)
failed=$(grep -E '^\s*failed:\s*[0-9]+' "$out" | tail -1 | grep -oE '[0-9]+' || true)
skipped=$(grep -E '^\s*skipped:\s*[0-9]+' "$out" | tail -1 | grep -oE '[0-9]+' || true)
rm -f "$out"
passed=${passed:-0}
failed=${failed:-0}
skipped=${skipped:-0}
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    failed=1
fi
failed=$((failed + format_failed))

echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
