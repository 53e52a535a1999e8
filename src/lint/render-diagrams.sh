#!/usr/bin/env bash
# Renders every model in processes/ to docs/processes/<ProcessId>.png with bpmn-js (npm, from the lock file) in
# Debian's headless Chromium with CJK fonts (apt-get install chromium fonts-noto-cjk). Run after changing a
# model: bash src/lint/render-diagrams.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d node_modules/bpmn-js ] || npm ci --no-audit --no-fund
viewer="$(pwd)/node_modules/bpmn-js/dist/bpmn-viewer.production.min.js"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p docs/processes
for model in processes/*.bpmn; do
  name="$(basename "$model" .bpmn)"
  xml="$(python3 -c 'import json,sys; print(json.dumps(open(sys.argv[1], encoding="utf-8").read()))' "$model")"
  # the window fits the diagram: its right-most and lowest coordinates, plus a margin
  size="$(python3 -c 'import re,sys; t=open(sys.argv[1], encoding="utf-8").read(); b=[(float(x)+float(w), float(y)+float(h)) for x,y,w,h in re.findall(r"<dc:Bounds x=\"([-0-9.]+)\" y=\"([-0-9.]+)\" width=\"([0-9.]+)\" height=\"([0-9.]+)\"", t)]; print("%d,%d" % (max(p[0] for p in b) + 80, max(p[1] for p in b) + 80))' "$model")"
  cat > "$work/$name.html" <<HTML
<!DOCTYPE html><html><head><meta charset="utf-8">
<style>html,body,#canvas{margin:0;width:100%;height:100%;background:#fff;font-family:"Noto Sans CJK SC",sans-serif}</style>
<script src="file://$viewer"></script></head><body><div id="canvas"></div>
<script>
  var viewer = new BpmnJS({ container: '#canvas' });
  viewer.importXML($xml).then(function () { viewer.get('canvas').zoom(1); });
</script></body></html>
HTML
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/profile" --allow-file-access-from-files \
    --hide-scrollbars --window-size="$size" --virtual-time-budget=5000 \
    --screenshot="$(pwd)/docs/processes/$name.png" "file://$work/$name.html" 2>/dev/null
  echo "docs/processes/$name.png"
done
