// SPDX-License-Identifier: MIT
// Screenshots of the editor on a project imported from another tool, at a desk's and a tablet's size:
// its clients page, and the ecomap of its first person made a client (the project is changed):
//   cd tests/editor && WIJKNET_BINARY=../../build/tools/wijknet node imported_screenshots.mjs PROJECT OUT_PREFIX
import {launch, openEditor, startServer} from './harness.mjs';

const [project, prefix] = process.argv.slice(2);
const server = await startServer([project, '--user', 'marieke']);
const browser = await launch();
try {
  for (const [width, height] of [[1280, 800], [1024, 768]]) {
    const {page, context, problems} = await openEditor(browser, server, {locale: 'nl-NL', viewport: {width, height}});
    await page.waitForSelector('.client-list li');
    await page.screenshot({path: `${prefix}-${width}x${height}.png`});
    // The first person made a client, as a worker would after the import: the ecomap page.
    const make = page.locator('.client-list li.person button').first();
    if (await make.count()) {
      await make.click();
      await page.waitForSelector('.ecomap .spot');
      await page.screenshot({path: `${prefix}-client-${width}x${height}.png`});
    }
    if (problems.length) console.log(problems.join('\n'));
    await context.close();
  }
} finally {
  await browser.close();
  server.stop?.();
  server.child?.kill?.();
}
