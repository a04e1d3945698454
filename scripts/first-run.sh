#!/usr/bin/env bash
# The README's first command: installs what is missing (FFmpeg, fonts), builds, and renders a
# sample clip from the art that ships with the repository through the real pipeline.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
dotnet build src/JanitorVideo.Server -c Release -nologo -v quiet -clp:ErrorsOnly >&2
mkdir -p out
dotnet src/JanitorVideo.Server/bin/Release/net10.0/janitor-video.dll animate samples/art/druid.png \
  --prompt "the druid breathes and sways, sparkles and fireflies, a slow push-in, title 'The Druid', ambient music" \
  --duration 6 -o out/druid.mp4
