// Builds the browser assets the bot serves under /assets into WebAssets/dist (not committed; the .NET build copies
// them to the output folder's assets/):
// Microsoft's Web Chat bundle from the locked botframework-webchat package, the page's own script and style,
// and the Teams host config the cards are drawn with. Run by the .NET build (target BuildWebAssets) after `npm ci`.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const output = join(here, 'dist');

rmSync(output, { recursive: true, force: true });
mkdirSync(join(output, 'host-config'), { recursive: true });

const copies = [
  [join(here, 'node_modules', 'botframework-webchat', 'dist', 'webchat.js'), join(output, 'webchat.js')],
  [join(here, 'node_modules', 'botframework-webchat', 'dist', 'webchat.js.LICENSE.txt'), join(output, 'webchat.js.LICENSE.txt')],
  ...readdirSync(join(here, 'src'), { withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => [join(here, 'src', entry.name), join(output, entry.name)]),
  ...readdirSync(join(here, 'src', 'host-config')).map(name => [join(here, 'src', 'host-config', name), join(output, 'host-config', name)]),
];

for (const [from, to] of copies) {
  copyFileSync(from, to);
}

console.log(`web assets: ${copies.length} files in ${output}`);
