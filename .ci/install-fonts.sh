#!/usr/bin/env bash
# A font that draws Chinese, for the progress charts (export --format png): installed from Debian's packages only when
# none is there. Idempotent; needs root (or sudo) only when it installs.
set -euo pipefail
if [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; then
  exit 0
fi
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
export DEBIAN_FRONTEND=noninteractive
sudo_if_needed apt-get update -qq
sudo_if_needed apt-get install -y -qq fontconfig fonts-noto-cjk
fc-list :lang=zh | grep -q . || { echo "fonts-noto-cjk was installed but no Chinese font is listed." >&2; exit 1; }
