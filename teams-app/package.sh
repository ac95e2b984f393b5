#!/bin/sh
# Builds the Teams app package (manifest.json with its placeholders filled, plus the two icons) as
# teams-app/build/rectification-bot.zip, ready for "Upload a custom app" or the Teams admin center.
# Needs: TEAMS_APP_ID (a GUID of your choice, fixed for the app's life; the bot's app id is fine),
# MICROSOFT_APP_ID (the Azure Bot's app id), BOT_DOMAIN (host of the messaging endpoint, no https://),
# DEVELOPER_NAME (the office's name as publisher).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
for name in TEAMS_APP_ID MICROSOFT_APP_ID BOT_DOMAIN DEVELOPER_NAME; do
  eval "value=\${$name:-}"
  [ -n "$value" ] || { echo "Set $name first (see teams-app/package.sh)." >&2; exit 2; }
done
out="$here/build"
rm -rf "$out" && mkdir -p "$out/package"
sed -e "s|{{TEAMS_APP_ID}}|$TEAMS_APP_ID|g" -e "s|{{MICROSOFT_APP_ID}}|$MICROSOFT_APP_ID|g" \
    -e "s|{{BOT_DOMAIN}}|$BOT_DOMAIN|g" -e "s|{{DEVELOPER_NAME}}|$DEVELOPER_NAME|g" \
    "$here/manifest.json" > "$out/package/manifest.json"
cp "$here/color.png" "$here/outline.png" "$out/package/"
# The three files must sit at the root of the zip, not in a folder.
(cd "$out/package" && zip -q -X "$out/rectification-bot.zip" manifest.json color.png outline.png)
echo "$out/rectification-bot.zip"
