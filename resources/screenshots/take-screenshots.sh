#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Retakes the README's screenshots: the real window under Xvfb at 1280×800, once per language,
# opened by a deep link so no input tool is needed. Run after ./build.sh run or test.
#   needs: xvfb (Xvfb), imagemagick (import), fonts-noto-cjk (for the Chinese one)
set -euo pipefail
cd "$(dirname "$0")"
binary=../../build/app/iisref
for tool in Xvfb import; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install xvfb imagemagick" >&2; exit 1; }
done
[ -x "$binary" ] || { echo "build first: ./build.sh test" >&2; exit 1; }

display=:97
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null' EXIT
sleep 1

shoot() { # OUTPUT ARGS…
    local output=$1; shift
    local config; config=$(mktemp -d)   # a fresh settings file: default geometry and splitters
    DISPLAY=$display XDG_CONFIG_HOME=$config "$binary" "$@" &
    local app=$!
    sleep 3
    DISPLAY=$display import -window root "$output"
    kill "$app"; wait "$app" 2>/dev/null || true
    rm -rf "$config"
}

shoot main-window-en.png --lang en 403.14
shoot main-window-zh_TW.png --lang zh_TW 403.14
echo "wrote $(pwd)/main-window-en.png and main-window-zh_TW.png"
