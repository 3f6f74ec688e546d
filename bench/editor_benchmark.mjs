// SPDX-License-Identifier: MIT
// The editor's speed (docs/benchmarks.md):
//   latency SIZES...      from a change in the page to the redrawn ecomap on screen, in Debian's
//                         chromium, for a client with each number of contacts (p50 and p95)
//   latency-in PROJECT SIZES...   the same, with the clients added to a copy of PROJECT (a city)
//   changes PROJECT N     changes per second the server sustains on a project, one after the other
// Run through bench/run_editor_benchmarks.sh, which builds and makes the projects.
import {request, launch, openEditor, scratch, startServer} from '../tests/editor/harness.mjs';
import {copyFileSync} from 'node:fs';
import {join} from 'node:path';

const [mode, ...rest] = process.argv.slice(2);

function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at), high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

async function clientWith(server, contacts) {
  const made = await request(server, 'POST', '/api/actors', {body: {name: `Cliënt met ${contacts}`, kind: 'resident', client: 'yes'}});
  const client = made.json.actor.id;
  const kinds = ['family', 'friend', 'neighbour', 'care', 'volunteer_help', 'colleague'];
  const strengths = ['strong', 'normal', 'weak'];
  const rings = ['close', 'middle', 'far'];
  const ids = [];
  for (let i = 0; i < contacts; ++i) {
    const answer = await request(server, 'POST', `/api/clients/${client}/contacts`, {
      body: {contact: {name: `Contact ${i + 1} van ${contacts}`, kind: kinds[i % 6] === 'care' ? 'professional' : 'resident'},
        tie: {kind: kinds[i % 6], strength: strengths[i % 3], closeness: rings[(i * 7) % 3], support: ['P', 'GE', 'PGAE', ''][i % 4]}},
    });
    ids.push(answer.json.actor.id);
  }
  // Some contacts know each other, as in a real network.
  for (let i = 0; i + 3 < ids.length; i += 3)
    await request(server, 'POST', '/api/ties', {body: {source: ids[i], target: ids[i + 3], kind: 'friend'}});
  return {client, ids};
}

async function latency(sizes, {project, samples = 40, warmup = 5} = {}) {
  const folder = scratch();
  const copy = join(folder.path, 'latency.wijknet');
  if (project) copyFileSync(project, copy);
  const server = await startServer([copy]);
  const browser = await launch();
  try {
    console.log('contacts  changes  p50_ms  p95_ms  min_ms  max_ms');
    for (const size of sizes) {
      const {client, ids} = await clientWith(server, size);
      const session = await openEditor(browser, server, {viewport: {width: 1280, height: 800}});
      const {page} = session;
      await page.goto(`${server.origin}/#/client/${client}`);
      await page.waitForSelector(`.spot[data-actor="${ids[0]}"]`);
      const target = ids[Math.floor(ids.length / 2)];
      await page.locator(`.spot[data-actor="${target}"]`).focus();
      // Each change: the contact moves between the close and the far ring with its key, as a
      // worker does; the page asks the server to change the tie, then for the new picture.
      const startsClose = /dichtbij/.test(await page.locator(`.spot[data-actor="${target}"]`).getAttribute('aria-label'));
      for (let i = 0; i < samples + warmup; ++i) {
        const before = await page.evaluate(() => window.wijknetTimings.length);
        await page.keyboard.press((i % 2 === 0) === startsClose ? '3' : '1');
        await page.waitForFunction((n) => window.wijknetTimings.length > n, before);
      }
      const all = await page.evaluate(() => window.wijknetTimings);
      const times = all.slice(warmup).sort((a, b) => a - b);
      console.log([String(size).padStart(8), String(times.length).padStart(8), ...[0.5, 0.95, 0, 1].map((q) => quantile(times, q).toFixed(1).padStart(7))].join(' '));
      await session.context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
    folder.remove();
  }
}

async function changes(project, count) {
  const started = Date.now();
  const server = await startServer([project]);
  const open = (Date.now() - started) / 1000;
  try {
    const {json} = await request(server, 'GET', '/api/actors?clients=1');
    const client = json.actors.find((a) => a.client === 'yes') || json.actors[0];
    const ties = (await request(server, 'GET', `/api/ties?client=${client.id}`)).json.ties;
    let tie = ties[0];
    const strengths = ['strong', 'weak'];
    const begin = process.hrtime.bigint();
    for (let i = 0; i < count; ++i) {
      const answer = await request(server, 'PATCH', `/api/ties/${tie.id}`, {body: {revision: tie.revision, strength: strengths[i % 2]}});
      if (answer.status !== 200) throw new Error(`change ${i}: ${answer.status} ${answer.text}`);
      tie = answer.json.tie;
    }
    const seconds = Number(process.hrtime.bigint() - begin) / 1e9;
    console.log(`open (start of wijknet serve to listening): ${open.toFixed(2)} s`);
    console.log(`changes: ${count} in ${seconds.toFixed(2)} s = ${(count / seconds).toFixed(0)} per second (${((seconds / count) * 1000).toFixed(2)} ms each)`);
  } finally {
    await server.stop();
  }
}

if (mode === 'latency') await latency((rest.length ? rest : ['10', '30', '60']).map(Number));
else if (mode === 'latency-in') await latency((rest.length > 1 ? rest.slice(1) : ['60']).map(Number), {project: rest[0]});
else if (mode === 'changes') await changes(rest[0], Number(rest[1] || 500));
else {
  console.error('usage: editor_benchmark.mjs latency [SIZES...] | latency-in PROJECT [SIZES...] | changes PROJECT [N]');
  process.exit(2);
}
