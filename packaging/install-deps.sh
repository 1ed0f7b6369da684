#!/usr/bin/env bash
# Installs every Debian 12 package Courtyard needs to build, test and run.
# Idempotent: packages already present are left as they are. Needs root (apt-get).
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build pkg-config g++ ccache
  # fuzzing (libFuzzer ships in clang's runtime)
  clang libclang-rt-14-dev
  # libraries of core/
  qt6-base-dev libsodium-dev libsqlite3-dev libboost-dev libexpected-dev
  # the server and sync: WebSockets over TLS; libcrypto makes the self-signed certificate
  qt6-websockets-dev qt6-httpserver-dev libssl-dev
  # courtyardd's malloc (tcmalloc): less CPU per sealed payment than glibc's
  libgoogle-perftools-dev
  # the kiosk: Qt Quick and its QML modules (none pulls in another), translations, the on-screen
  # keyboard, spoken prompts, receipts' QR codes, fonts for Chinese, Japanese and Arabic, and an X
  # server for screenshot tests
  qt6-declarative-dev qt6-tools-dev qt6-l10n-tools qt6-speech-dev libqrencode-dev
  qml6-module-qtquick qml6-module-qtquick-window qml6-module-qtquick-layouts
  qml6-module-qtquick-controls qml6-module-qtquick-templates qml6-module-qtqml-workerscript
  qml6-module-qttest qml6-module-qtquick-virtualkeyboard qt6-virtualkeyboard-plugin
  qml6-module-qt-labs-folderlistmodel qml6-module-qttexttospeech
  # the on-screen keyboard's Chinese and Japanese input (app/kiosk/ime): Google Pinyin and its
  # dictionary, Anthy and its dictionary (Debian's Qt Virtual Keyboard has neither)
  libgooglepinyin0-dev libgooglepinyin0 libanthy-dev anthy-common
  fonts-noto-cjk fonts-noto-core xvfb xauth
  # the desk: charts, file dialogs, and hledger/ledger to read the exported journal in tests
  qt6-charts-dev qml6-module-qtcharts qml6-module-qtquick-dialogs qml6-module-qt-labs-platform
  hledger ledger
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -o DPkg::Lock::Timeout=600 -qq
$SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=600 --no-install-recommends "${missing[@]}"
