#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One entry point for a fresh Debian 12 machine:
#   ./build.sh run [ARGS…]   install what is missing, build, launch the app
#   ./build.sh test          install what is missing, build, run every test: the GCC build's
#                            suite and benchmarks, then a clang build under ASan+UBSan (the
#                            suite, the fuzzers, clang-tidy) and one under TSan
#   ./build.sh quick         the GCC build's suite without benchmarks or sanitizers
set -euo pipefail
cd "$(dirname "$0")"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev libqt6svg6 libgl-dev
    fonts-noto-cjk
    # for the tests: a display for screenshots, the Chinese usage check, desktop-file checks
    xvfb xauth opencc desktop-file-utils appstream
    # the sanitizer and fuzzer builds, the format and lint checks
    clang libclang-rt-dev clang-format clang-tidy
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
    cmake --preset release
    cmake --build --preset release --parallel "$(nproc)"
}

# Each stage says what it is, so a red CI log shows which check failed.
stage() {
    echo
    echo "=== $* ==="
}

sanitizers() {
    stage "clang, ASan + UBSan: the suite, the fuzzers (${IISREF_FUZZ_SECONDS:-20} s each), clang-tidy"
    cmake --preset asan -DIISREF_FUZZ_SECONDS="${IISREF_FUZZ_SECONDS:-20}"
    cmake --build --preset asan --parallel "$(nproc)"
    ctest --preset asan --parallel "$(nproc)"
    stage "clang, TSan: the domain and log tests"
    cmake --preset tsan
    cmake --build --preset tsan --parallel "$(nproc)"
    ctest --preset tsan --parallel "$(nproc)"
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
    stage "GCC: build, every test and benchmark"
    build
    ctest --preset release --parallel "$(nproc)"
    sanitizers
    ;;
quick)
    install_missing_packages
    build
    ctest --preset quick --parallel "$(nproc)"
    ;;
*)
    echo "usage: ./build.sh run [ARGS…] | ./build.sh test | ./build.sh quick" >&2
    exit 2
    ;;
esac
