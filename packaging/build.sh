#!/usr/bin/env bash
# Installs the Debian packages Courtyard needs (apt-get, as root or through sudo), then
# configures and builds everything into ./build. Safe to run again: both steps are incremental.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
