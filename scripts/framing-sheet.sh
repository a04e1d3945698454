#!/usr/bin/env bash
# The framing sheet (issue 13), for a person to look at; it asserts nothing. Draws the framing
# test set (`SampleArt framing`: characters whose subject and head boxes are known) into
# artifacts/framing/cases/, animates every case in each aspect through the CLI (2 s at 720p with a
# title, a private data folder), and assembles one page, artifacts/framing/sheet.png: a row per case,
# its source with the known subject box (green) and head boxes (red), then each aspect's middle
# frame, all at one height and labelled. The MP4s and their contact sheets stay in
# artifacts/framing/renders/. Prints the sheet's path as its last line; exits 1 if a render failed
# (its cell then says so).
# Usage: scripts/framing-sheet.sh [--aspects "9:16 16:9 1:1"] [--cases "bust-transparent sprite-72 ..."]
set -euo pipefail
cd "$(dirname "$0")/.."

aspects="9:16 16:9 1:1"
cases=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --aspects) aspects="${2:?--aspects needs a list, e.g. \"9:16 1:1\"}"; shift 2 ;;
    --cases) cases="${2:?--cases needs a list of case names}"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "framing-sheet: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

scripts/ensure-deps.sh
dotnet build samples/JanitorVideo.SampleArt/JanitorVideo.SampleArt.csproj -c Release -nologo -v quiet -clp:ErrorsOnly >&2
dotnet build src/JanitorVideo.Server/JanitorVideo.Server.csproj -c Release -nologo -v quiet -clp:ErrorsOnly >&2
art=samples/JanitorVideo.SampleArt/bin/Release/net10.0/JanitorVideo.SampleArt.dll
janitor=src/JanitorVideo.Server/bin/Release/net10.0/janitor-video.dll

out=artifacts/framing
rm -rf "$out"
mkdir -p "$out/cases" "$out/renders"
timeout 300 dotnet "$art" framing "$out/cases"
if [[ -z "$cases" ]]; then
  cases=$(grep -o '"name": "[^"]*"' "$out/cases/cases.json" | cut -d'"' -f4 | tr '\n' ' ')
fi

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
cells=()
failed=0
for name in $cases; do
  image=$(ls "$out/cases/$name".png "$out/cases/$name".gif 2>/dev/null | head -n 1 || true)
  if [[ -z "$image" ]]; then
    echo "framing-sheet: no case called '$name' (see $out/cases/cases.json)" >&2
    exit 2
  fi
  for aspect in $aspects; do
    mp4="$out/renders/$name.${aspect/:/x}.mp4"
    middle="${mp4%.mp4}.middle.png"
    echo "framing-sheet: $name $aspect" >&2
    if JANITOR_DATA_DIR="$data" timeout 300 dotnet "$janitor" animate "$image" --aspect "$aspect" --resolution 720 --duration 2 \
         --prompt "title 'Framing'" -o "$mp4" >/dev/null 2>"${mp4%.mp4}.log" \
       && timeout 60 ffmpeg -v error -y -ss 1 -i "$mp4" -frames:v 1 "$middle" </dev/null; then
      :
    else
      echo "framing-sheet: the $aspect render of $name failed; see ${mp4%.mp4}.log" >&2
      failed=$((failed + 1))
    fi
    cells+=("$name" "$aspect" "$middle")
  done
done

font=$(fc-match -f '%{file}' 'DejaVu Sans:style=Bold' 2>/dev/null || true)
timeout 300 dotnet "$art" framing-sheet "$out/sheet.png" "${font:-none}" "${cells[@]}"
if [[ $failed -gt 0 ]]; then
  echo "framing-sheet: $failed render(s) failed" >&2
fi
echo "$PWD/$out/sheet.png"
[[ $failed -eq 0 ]]
