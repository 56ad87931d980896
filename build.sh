#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One entry point for a fresh Debian 12 machine:
#   ./build.sh run [ARGS…]   install what is missing, build, launch the app
#   ./build.sh test          install what is missing, build, run every test
set -euo pipefail
cd "$(dirname "$0")"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev libqt6svg6 libgl-dev
    fonts-noto-cjk
    # for the tests: a display for screenshots, the Chinese usage check, desktop-file checks
    xvfb xauth opencc desktop-file-utils appstream
)

install_missing_packages() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build build --parallel "$(nproc)"
}

command=${1:-}
case "$command" in
run)
    shift
    install_missing_packages
    build
    exec build/app/iisref "$@"
    ;;
test)
    install_missing_packages
    build
    ctest --test-dir build --output-on-failure --parallel "$(nproc)"
    ;;
*)
    echo "usage: ./build.sh run [ARGS…] | ./build.sh test" >&2
    exit 2
    ;;
esac
