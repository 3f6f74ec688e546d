// SPDX-License-Identifier: MIT
// The editor in Debian's chromium, as a social worker uses it during a home visit: once with a
// finger on a tablet (touch emulation) and once with the keyboard alone. Each run adds a
// client and five contacts, ties two contacts by tapping them, moves one to another ring
// without dragging, ends a tie and sees it in "compare", prints, and switches pseudonyms on.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {launch, openEditor, request, startServer, typeDate, wijknet} from './harness.mjs';

const screenshots = process.env.WIJKNET_SCREENSHOTS_DIR || join(process.cwd(), '../../build/editor-screenshots');
mkdirSync(screenshots, {recursive: true});

const contacts = [
  {name: 'Ans Appelboom', relation: 'family', key: 'f'},
  {name: 'Bert Berkhout', relation: 'friend', key: 'v'},
  {name: 'Cora de Buur', relation: 'neighbour', key: 'b'},
  {name: 'Dina Dokter', relation: 'care', key: 'z'},
  {name: 'Evert Eik', relation: 'volunteer_help', key: 'vrijw'},
];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

function tomorrowOf(iso) {
  const day = new Date(`${iso}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** What the API says of the client's network now. */
async function tiesOf(server, clientId) {
  return (await request(server, 'GET', `/api/ties?client=${encodeURIComponent(clientId)}`)).json.ties;
}
async function clientIdOf(page) {
  return decodeURIComponent(new URL(page.url()).hash.replace('#/client/', ''));
}
async function actorIdNamed(server, name) {
  return (await request(server, 'GET', `/api/actors?q=${encodeURIComponent(name)}`)).json.actors[0].id;
}
const between = (ties, a, b) => ties.filter((t) => (t.source === a && t.target === b) || (t.source === b && t.target === a));

/** Waits until the ecomap has been drawn `count` times since the mark. */
async function drawn(page, count) {
  await page.waitForFunction((n) => window.wijknetTimings.length >= n, count, {timeout: 15000});
}

describe('with touch, on a tablet', () => {
  let server;
  let session;
  before(async () => {
    server = await startServer(['--demo']);
    session = await openEditor(browser, server, {viewport: {width: 1024, height: 768}, hasTouch: true, locale: 'nl-NL'});
  });
  after(async () => {
    await session.context.close();
    await server.stop();
  });

  test('a worker adds a client and five contacts, ties, moves, ends, compares, prints and hides names', async () => {
    const {page} = session;
    await page.getByLabel('Naam van de cliënt').tap();
    await page.getByLabel('Naam van de cliënt').fill('Tineke Tablet');
    await page.getByRole('button', {name: 'Toevoegen'}).tap();
    await page.waitForSelector('.ecomap img');
    assert.equal(await page.locator('h1').textContent(), 'Ecogram van Tineke Tablet');
    const client = await clientIdOf(page);

    let draws = await page.evaluate(() => window.wijknetTimings.length);
    for (const contact of contacts) {
      await page.getByLabel('Naam', {exact: true}).tap();
      await page.getByLabel('Naam', {exact: true}).fill(contact.name);
      await page.getByLabel('Soort contact').selectOption(contact.relation);
      await page.getByRole('button', {name: 'Opslaan en volgende'}).tap();
      await drawn(page, ++draws);
    }
    assert.equal(await page.locator('.ecomap .spot').count(), 5);
    await page.screenshot({path: join(screenshots, 'editor-network-1024x768.png')});

    // A name left empty is refused next to the field, in words.
    await page.getByRole('button', {name: 'Opslaan', exact: true}).tap();
    await page.getByText('Vul een naam in.').waitFor();
    assert.equal(await page.getByLabel('Naam', {exact: true}).getAttribute('aria-invalid'), 'true');

    // Someone already in the town is picked, not typed again.
    const before = (await request(server, 'GET', '/api/project')).json.actors;
    await page.getByLabel('Naam', {exact: true}).fill('Henk Boter');
    await page.getByRole('button', {name: /^Henk Boterbloem · bewoner/}).tap();
    await page.getByText('Gekozen: Henk Boterbloem (c-dementia)').waitFor();
    await page.getByRole('button', {name: 'Opslaan en volgende'}).tap();
    await drawn(page, ++draws);
    assert.equal((await request(server, 'GET', '/api/project')).json.actors, before);
    assert.equal(between(await tiesOf(server, client), client, 'c-dementia').length, 1);
    const ids = Object.fromEntries(await Promise.all(contacts.map(async (c) => [c.name, await actorIdNamed(server, c.name)])));

    // Tie two contacts by tapping them.
    await page.getByRole('button', {name: 'Contacten verbinden'}).tap();
    await page.locator(`.spot[data-actor="${ids['Ans Appelboom']}"]`).tap();
    await page.locator(`.spot[data-actor="${ids['Bert Berkhout']}"]`).tap();
    await drawn(page, ++draws);
    assert.equal(between(await tiesOf(server, client), ids['Ans Appelboom'], ids['Bert Berkhout']).length, 1);
    await page.getByRole('button', {name: 'Contacten verbinden'}).tap();

    // Move one to another ring with the panel's button, not a drag.
    await page.locator(`.spot[data-actor="${ids['Cora de Buur']}"]`).tap();
    await page.getByRole('button', {name: /Verder weg/}).tap();
    await drawn(page, ++draws);
    assert.equal(between(await tiesOf(server, client), client, ids['Cora de Buur'])[0].closeness, 'far');
    assert.match(await page.locator(`.spot[data-actor="${ids['Cora de Buur']}"]`).getAttribute('aria-label'), /ring ver/i);
    await page.screenshot({path: join(screenshots, 'editor-contact-1024x768.png')});

    // End a tie, and see it in "compare".
    await page.locator(`.spot[data-actor="${ids['Dina Dokter']}"]`).tap();
    await page.locator('form').filter({has: page.getByRole('heading', {name: 'Contact beëindigen'})}).getByRole('button', {name: 'Contact beëindigen'}).tap();
    await drawn(page, ++draws);
    assert.ok(between(await tiesOf(server, client), client, ids['Dina Dokter'])[0].until);
    const today = (await request(server, 'GET', '/api/project')).json.today;
    await page.getByLabel('Vergelijken').tap();
    await page.getByLabel('Tot').fill(tomorrowOf(today));
    await page.getByLabel('Tot').dispatchEvent('change');
    await page.waitForFunction(() => /1 verdwenen/.test(document.querySelector('.ecomap-summary').textContent));
    await page.screenshot({path: join(screenshots, 'editor-compare-1024x768.png')});
    await page.getByLabel('Vergelijken').tap();

    // Print: the page prints as the ecomap alone on one A4 page in landscape.
    const pdf = await page.pdf({preferCSSPageSize: true});
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) || []).length, 1);
    writeFileSync(join(screenshots, 'editor-print.pdf'), pdf);
    // And the PDF button downloads the renderer's own A4 PDF.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'PDF (A4)'}).tap()]);
    assert.match(download.suggestedFilename(), /^ecomap-\d{4}-\d\d-\d\d\.pdf$/);

    // Pseudonyms on: the screen shows no name of a person any more.
    await page.getByLabel('Pseudoniemen').tap();
    await page.waitForFunction(() => /^Ecogram van Bewoner/.test(document.querySelector('h1').textContent));
    assert.match(await page.locator('h1').textContent(), /^Ecogram van Bewoner [0-9A-Z]{5}$/);
    for (const label of await page.locator('.ecomap .spot').evaluateAll((spots) => spots.map((s) => s.getAttribute('aria-label'))))
      for (const contact of contacts) assert.ok(!label.includes(contact.name), label);
    assert.deepEqual(session.problems, []);
  });

  test('a contact dragged to the far ring lands there', async () => {
    const {page} = session;
    await page.getByLabel('Pseudoniemen').uncheck();
    await page.waitForFunction(() => /Tineke/.test(document.querySelector('h1').textContent));
    const client = await clientIdOf(page);
    const bert = await actorIdNamed(server, 'Bert Berkhout');
    const spot = page.locator(`.spot[data-actor="${bert}"]`);
    const box = await spot.boundingBox();
    const picture = await page.locator('.ecomap').boundingBox();
    const drawing = await request(server, 'GET', `/api/ecomap/${client}.json?at=${(await request(server, 'GET', '/api/project')).json.today}`);
    const {centre, ring_radius: rings} = drawing.json.placement;
    const scale = picture.width / drawing.json.width;
    // Along the line from the centre through the contact, just inside the far ring.
    const from = {x: box.x + box.width / 2, y: box.y + box.height / 2};
    const middle = {x: picture.x + centre.x * scale, y: picture.y + centre.y * scale};
    const along = Math.hypot(from.x - middle.x, from.y - middle.y);
    const reach = ((rings[1] + rings[2]) / 2) * scale;
    const to = {x: middle.x + ((from.x - middle.x) / along) * reach, y: middle.y + ((from.y - middle.y) / along) * reach};
    const draws = await page.evaluate(() => window.wijknetTimings.length);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let step = 1; step <= 10; ++step) await page.mouse.move(from.x + ((to.x - from.x) * step) / 10, from.y + ((to.y - from.y) * step) / 10);
    await page.mouse.up();
    await drawn(page, draws + 1);
    assert.equal(between(await tiesOf(server, client), client, bert)[0].closeness, 'far');
  });
});

/** Presses Tab until the focused element's name matches; fails if it never comes. */
async function tabTo(page, name, {backwards = false, limit = 250} = {}) {
  for (let presses = 0; presses < limit; ++presses) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate(() => {
      const node = document.activeElement;
      if (!node || node === document.body) return '';
      const label = node.getAttribute('aria-label') || (node.labels && node.labels[0] ? node.labels[0].textContent : '') || node.textContent;
      return (label || '').trim();
    });
    if (name instanceof RegExp ? name.test(focused) : focused === name) return;
  }
  assert.fail(`no element named ${name} was reached with the Tab key`);
}

describe('with the keyboard alone', () => {
  let server;
  let session;
  before(async () => {
    server = await startServer(['--demo']);
    session = await openEditor(browser, server, {locale: 'nl-NL'});
  });
  after(async () => {
    await session.context.close();
    await server.stop();
  });

  test('every step of the visit is done without a mouse', async () => {
    const {page} = session;
    const {keyboard} = page;
    await page.screenshot({path: join(screenshots, 'editor-clients-1280x800.png')});
    await tabTo(page, 'Naam van de cliënt');
    await keyboard.type('Karel Keyboard');
    await tabTo(page, 'Toevoegen');
    await keyboard.press('Enter');
    await page.waitForSelector('.ecomap img');
    const client = await clientIdOf(page);

    let draws = await page.evaluate(() => window.wijknetTimings.length);
    for (const contact of contacts) {
      await tabTo(page, 'Naam');
      await keyboard.type(contact.name);
      await tabTo(page, 'Soort contact');
      await keyboard.type(contact.key);  // a closed select takes the option its letters start
      await tabTo(page, 'Opslaan en volgende');
      await keyboard.press('Enter');
      await drawn(page, ++draws);
      assert.equal(await page.evaluate(() => document.activeElement.labels?.[0]?.textContent), 'Naam');  // back to the name
    }
    const ties = await tiesOf(server, client);
    assert.equal(ties.length, 5);
    const kinds = ties.map((tie) => tie.kind).sort();
    assert.deepEqual(kinds, ['care', 'family', 'friend', 'neighbour', 'volunteer_help']);
    await page.screenshot({path: join(screenshots, 'editor-network-1280x800.png')});
    const ids = Object.fromEntries(await Promise.all(contacts.map(async (c) => [c.name, await actorIdNamed(server, c.name)])));

    // Tie two contacts: the toggle, then each contact, all by Tab and Enter.
    await tabTo(page, 'Contacten verbinden', {backwards: true});
    await keyboard.press('Enter');
    await tabTo(page, /^Ans Appelboom/);
    await keyboard.press('Enter');
    await tabTo(page, /^Bert Berkhout/);
    await keyboard.press('Enter');
    await drawn(page, ++draws);
    assert.equal(between(await tiesOf(server, client), ids['Ans Appelboom'], ids['Bert Berkhout']).length, 1);
    await tabTo(page, 'Contacten verbinden', {backwards: true});
    await keyboard.press('Enter');

    // Move a contact: with its key on the picture, and with the panel's button.
    await tabTo(page, /^Cora de Buur/);
    await keyboard.press('3');
    await drawn(page, ++draws);
    assert.equal(between(await tiesOf(server, client), client, ids['Cora de Buur'])[0].closeness, 'far');
    await keyboard.press('Enter');  // the contact keeps focus after the move: open its panel
    await tabTo(page, /Dichterbij/);
    await keyboard.press('Enter');
    await drawn(page, ++draws);
    assert.equal(between(await tiesOf(server, client), client, ids['Cora de Buur'])[0].closeness, 'middle');
    await page.screenshot({path: join(screenshots, 'editor-contact-1280x800.png')});

    // End a tie and compare.
    await tabTo(page, /^Dina Dokter/, {backwards: true});
    await keyboard.press('Enter');
    await tabTo(page, 'Contact beëindigen');
    await tabTo(page, 'Contact beëindigen');  // the heading's form has the button after its fields
    await keyboard.press('Enter');
    await drawn(page, ++draws);
    assert.ok(between(await tiesOf(server, client), client, ids['Dina Dokter'])[0].until);
    await tabTo(page, 'Vergelijken', {backwards: true});
    await keyboard.press('Space');
    await tabTo(page, 'Tot');
    const tomorrow = tomorrowOf((await request(server, 'GET', '/api/project')).json.today);
    await typeDate(page, tomorrow);
    await keyboard.press('Tab');
    await page.waitForFunction(() => /1 verdwenen/.test(document.querySelector('.ecomap-summary').textContent));
    await page.screenshot({path: join(screenshots, 'editor-compare-1280x800.png')});

    // The PDF of the ecomap, by the keyboard.
    const [download] = await Promise.all([page.waitForEvent('download'), (async () => {
      await tabTo(page, 'PDF (A4)');
      await keyboard.press('Enter');
    })()]);
    const path = await download.path();
    assert.ok(path);

    // Pseudonyms on.
    await tabTo(page, 'Pseudoniemen', {backwards: true});
    await keyboard.press('Space');
    await page.waitForFunction(() => /^Ecogram van Bewoner/.test(document.querySelector('h1').textContent));
    assert.deepEqual(session.problems, []);
  });

  test('every control shows where the focus is', async () => {
    const {page} = session;
    await page.goto(`${server.origin}/#/`);
    await page.waitForSelector('.client-list li');
    for (let presses = 0; presses < 12; ++presses) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement);
        return {width: parseFloat(style.outlineWidth), style: style.outlineStyle, tag: document.activeElement.tagName};
      });
      assert.ok(outline.width >= 2 && outline.style !== 'none', `no visible focus on a ${outline.tag}`);
    }
  });
});

describe('a network imported from another tool, which has no clients yet', () => {
  let server;
  let folder;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'wijknet-imported-'));
    // A DOT file as igraph writes it (tests/data/dot/): four people, none of them a client.
    execFileSync(wijknet, ['import', new URL('../data/dot/igraph_directed.dot', import.meta.url).pathname, join(folder, 'imported.wijknet')]);
    server = await startServer([join(folder, 'imported.wijknet')]);
  });
  after(async () => {
    await server.stop();
    rmSync(folder, {recursive: true, force: true});
  });

  test('the clients page offers its people, and one tap makes one a client with an ecomap', async () => {
    const {page, context, problems} = await openEditor(browser, server, {locale: 'nl-NL', viewport: {width: 1024, height: 768}, hasTouch: true});
    await page.waitForSelector('.client-list li.person');
    assert.match(await page.locator('.client-list li.hint').first().innerText(), /4 andere mensen/);
    assert.equal(await page.locator('.client-list li.person').count(), 4);
    const button = page.getByRole('button', {name: 'Maak cliënt: Anna'});
    const box = await button.boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `the button is ${box.width}x${box.height}, too small to tap`);
    await button.tap();
    await page.waitForSelector('.ecomap .spot');
    assert.match(page.url(), /#\/client\/0$/);
    assert.equal(await page.locator('.ecomap .spot').count(), 2, "Anna's two contacts: Wijkteam and Cor");
    await page.goto(`${server.origin}/#/`);
    await page.waitForSelector('.client-list li a');
    assert.equal(await page.locator('.client-list li a').count(), 1, 'Anna is now in the list of clients');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('accessibility, checked by axe-core in the same browser', () => {
  let server;
  let session;
  before(async () => {
    server = await startServer(['--demo']);
    // axe is injected as a script, which the page's own policy would rightly refuse.
    session = await openEditor(browser, server, {bypassCSP: true, locale: 'nl-NL'});
  });
  after(async () => {
    await session.context.close();
    await server.stop();
  });

  async function violations(page) {
    await page.addScriptTag({path: new URL('./node_modules/axe-core/axe.min.js', import.meta.url).pathname});
    const result = await page.evaluate(() => window.axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}));
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
  }

  for (const [name, path, ready] of [
    ['clients', '#/', '.client-list li'],
    ['network with the form', '#/client/c-carer', '.ecomap .spot'],
    ['neighbourhood', '#/wijk', 'table'],
  ]) {
    test(`the ${name} page has no serious or critical violation`, async () => {
      const {page} = session;
      await page.goto(`${server.origin}/${path}`);
      await page.waitForSelector(ready);
      assert.deepEqual(await violations(page), []);
    });
  }

  test('the network page with a contact selected, in English, has none either', async () => {
    const {page} = session;
    await page.goto(`${server.origin}/#/client/c-carer`);
    await page.waitForSelector('.ecomap .spot');
    await page.locator('#language').selectOption('en');
    await page.waitForFunction(() => /Ecomap of/.test(document.querySelector('h1').textContent));
    await page.locator('.ecomap .spot').first().click();
    await page.waitForSelector('#contact-heading');
    await page.screenshot({path: join(screenshots, 'editor-contact-en-1280x800.png')});
    assert.deepEqual(await violations(page), []);
    await page.goto(`${server.origin}/#/wijk`);
    await page.waitForSelector('table');
    await page.screenshot({path: join(screenshots, 'editor-wijk-1280x800.png')});
  });
});
