#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Retakes the README's screenshots: the real window under Xvfb, opened by a deep link so no
# input tool is needed, with a fresh settings file each time (first-launch geometry: 90 % of
# the screen, centred). Run after ./build.sh run or test.
#   needs: xvfb (Xvfb), imagemagick (import), fonts-noto-cjk (for the Chinese ones),
#          qt6-gtk-platformtheme (the dark one: GNOME's Adwaita dark palette through GTK)
set -euo pipefail
cd "$(dirname "$0")"
binary=../../build/app/iisref
for tool in Xvfb import; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install xvfb imagemagick" >&2; exit 1; }
done
[ -x "$binary" ] || { echo "build first: ./build.sh test" >&2; exit 1; }

display=:97
xvfb=
trap '[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null' EXIT

screen() { # WIDTHxHEIGHT
    [ -n "$xvfb" ] && { kill "$xvfb"; wait "$xvfb" 2>/dev/null || true; }
    Xvfb "$display" -screen 0 "$1x24" -nolisten tcp &
    xvfb=$!
    sleep 1
}

shoot() { # OUTPUT ARGS…   (environment such as QT_QPA_PLATFORMTHEME passes through)
    local output=$1; shift
    local config; config=$(mktemp -d)
    DISPLAY=$display XDG_CONFIG_HOME=$config "$binary" "$@" &
    local app=$!
    sleep 3
    DISPLAY=$display import -window root "$output"
    kill "$app"; wait "$app" 2>/dev/null || true
    rm -rf "$config"
    echo "wrote $(pwd)/$output"
}

screen 1280x800
shoot main-window-en.png --lang en 403.14
shoot main-window-zh_TW.png --lang zh_TW 403.14
if [ -e /usr/lib/x86_64-linux-gnu/qt6/plugins/platformthemes/libqgtk3.so ]; then
    QT_QPA_PLATFORMTHEME=gtk3 GTK_THEME=Adwaita:dark shoot main-window-dark-en.png --lang en 500.19
else
    echo "skipped the dark screenshot: apt-get install qt6-gtk-platformtheme" >&2
fi
for size in 1024x600 1920x1080; do
    screen "$size"
    shoot "main-window-$size-en.png" --lang en 500.19
    shoot "main-window-$size-zh_TW.png" --lang zh_TW 500.19
done
