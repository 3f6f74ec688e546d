// SPDX-License-Identifier: MIT
// The editor's pictures in docs/guide.md, taken from the real page on the demo town:
//   cd tests/editor && WIJKNET_BINARY=../../build/tools/wijknet node guide_screenshots.mjs ../../docs/images
import {join} from 'node:path';
import {launch, openEditor, startServer} from './harness.mjs';

const out = process.argv[2] || '.';
const server = await startServer(['--demo', '--user', 'marieke']);
const browser = await launch();
try {
  const {page, context} = await openEditor(browser, server, {locale: 'nl-NL'});
  await page.waitForSelector('.client-list li');
  await page.getByLabel('Zoek een cliënt').fill('bo');
  await page.waitForFunction(() => document.querySelectorAll('.client-list li').length < 6);
  await page.screenshot({path: join(out, 'editor-clients.png')});

  // A carer's network today, with the form to add a contact (past days are shown, not changed).
  await page.goto(`${server.origin}/#/client/c-carer`);
  await page.waitForSelector('.ecomap .spot');
  await page.getByLabel('Naam', {exact: true}).fill('Wim Wolkenkrabber');
  await page.getByLabel('Soort contact').selectOption('neighbour');
  await page.screenshot({path: join(out, 'editor-network.png')});

  // A contact tapped: its panel, with the ring buttons and the tie.
  await page.locator('.spot').nth(2).click();
  await page.waitForSelector('#contact-heading');
  await page.screenshot({path: join(out, 'editor-contact.png')});

  // The change over a year, as the ecomap draws it.
  await page.getByRole('button', {name: 'Sluiten'}).click();
  await page.getByLabel('Vergelijken').check();
  await page.getByLabel('Van', {exact: true}).fill('2024-03-01');
  await page.getByLabel('Van', {exact: true}).dispatchEvent('change');
  await page.getByLabel('Tot', {exact: true}).fill('2025-09-01');
  await page.getByLabel('Tot', {exact: true}).dispatchEvent('change');
  await page.waitForFunction(() => /verdwenen/.test(document.querySelector('.ecomap-summary').textContent));
  await page.screenshot({path: join(out, 'editor-compare.png')});

  await page.goto(`${server.origin}/#/wijk`);
  await page.waitForSelector('table');
  await page.screenshot({path: join(out, 'editor-wijk.png')});

  // On a tablet, in English, with pseudonyms.
  await context.close();
  const tablet = await openEditor(browser, server, {viewport: {width: 1024, height: 768}, hasTouch: true});
  await tablet.page.locator('#language').selectOption('en');
  await tablet.page.getByLabel('Pseudonyms').check();
  await tablet.page.goto(`${server.origin}/#/client/c-five-pros`);
  await tablet.page.waitForSelector('.ecomap .spot');
  await tablet.page.screenshot({path: join(out, 'editor-tablet-en-pseudonyms.png')});
  console.log(`wrote the editor's pictures into ${out}`);
} finally {
  await browser.close();
  await server.stop();
}
