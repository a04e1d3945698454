#!/usr/bin/env bash
# Installs what the project needs beyond the .NET SDK, when it is missing: FFmpeg (the render
# engine's encoder and ffprobe), DejaVu and a CJK font (titles in Latin and Chinese). Debian's
# packages only; nothing is downloaded from anywhere else. Safe to run again: it checks first.
# With --for-tests it also makes sure npm is there (the MCP conformance suite installs through it).
set -euo pipefail

missing=()
if [[ "${1:-}" == "--for-tests" ]]; then
  command -v npm >/dev/null 2>&1 || missing+=(npm)
fi
command -v ffmpeg >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1 || missing+=(ffmpeg)
fc-list 2>/dev/null | grep -qi "DejaVuSans" || [[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || missing+=(fonts-dejavu-core)
fc-list 2>/dev/null | grep -qiE "Noto Sans CJK|Noto Serif CJK|WenQuanYi" \
  || compgen -G "/usr/share/fonts/opentype/noto/NotoSansCJK*" >/dev/null || missing+=(fonts-noto-cjk)

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi
echo "[deps] installing: ${missing[*]}" >&2
if [[ $(id -u) -eq 0 ]]; then sudo=(); elif command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
  echo "[deps] need root (or sudo) to install ${missing[*]}; install them with your package manager." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq >&2
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
