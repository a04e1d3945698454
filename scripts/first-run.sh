#!/usr/bin/env bash
# The README's first command: installs what is missing (FFmpeg, fonts), builds, and renders a
# sample clip from the art that ships with the repository through the real pipeline.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
janitor=$(scripts/publish.sh)
mkdir -p out
"$janitor" animate samples/art/druid.png \
  --prompt "the druid breathes and sways, sparkles and fireflies, a slow push-in, title 'The Druid', ambient music" \
  --duration 6 -o out/druid.mp4
