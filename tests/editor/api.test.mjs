// SPDX-License-Identifier: MIT
// The editor's JSON API (docs/api.md) as a script uses it: every endpoint, the refusal of a
// change based on an old revision, and the checks that keep other web pages out.
import assert from 'node:assert/strict';
import {networkInterfaces} from 'node:os';
import net from 'node:net';
import {after, before, describe, test} from 'node:test';
import {request, startServer} from './harness.mjs';

let server;
before(async () => { server = await startServer(['--demo', '--user', 'api-test']); });
after(async () => { await server.stop(); });

const call = (method, path, options) => request(server, method, path, options);
const cookieName = () => `wijknet_token_${new URL(server.origin).port}`;

describe('the project and its actors', () => {
  test('GET /api/project says what the project holds', async () => {
    const {status, json} = await call('GET', '/api/project');
    assert.equal(status, 200);
    assert.equal(json.actors, 422);
    assert.equal(json.clients, 39);
    assert.equal(json.user, 'api-test');
    assert.match(json.today, /^\d{4}-\d\d-\d\d$/);
  });

  test('GET /api/actors finds clients by name, with their revision', async () => {
    const {json} = await call('GET', '/api/actors?clients=1&q=boterbloem');
    const ids = json.actors.map((actor) => actor.id).sort();
    assert.deepEqual(ids, ['c-carer', 'c-dementia']);
    for (const actor of json.actors) {
      assert.equal(actor.client, 'yes');
      assert.equal(typeof actor.revision, 'number');
    }
  });

  test('an actor is made, read, changed and deleted, each change logged', async () => {
    const made = await call('POST', '/api/actors', {body: {name: 'Tess Tulp', kind: 'bewoner', area: 'BU99990101', hobby: 'zingen'}});
    assert.equal(made.status, 201);
    const actor = made.json.actor;
    assert.equal(actor.kind, 'resident');  // the Dutch term is read, the English one written
    assert.equal(actor.hobby, 'zingen');    // a free attribute is kept
    const read = await call('GET', `/api/actors/${actor.id}`);
    assert.equal(read.json.actor.name, 'Tess Tulp');
    const changed = await call('PATCH', `/api/actors/${actor.id}`, {body: {revision: actor.revision, name: 'Tess van Tulp'}});
    assert.equal(changed.status, 200);
    assert.equal(changed.json.actor.name, 'Tess van Tulp');
    assert.ok(changed.json.actor.revision > actor.revision);
    const gone = await call('DELETE', `/api/actors/${actor.id}?revision=${changed.json.actor.revision}`);
    assert.equal(gone.status, 200);
    assert.equal((await call('GET', `/api/actors/${actor.id}`)).status, 404);
    const log = await call('GET', '/api/log?limit=20');
    const events = log.json.log.filter((entry) => entry.object_id === actor.id).map((entry) => entry.event);
    assert.deepEqual(events, ['create', 'change', 'delete']);
    const change = log.json.log.find((entry) => entry.object_id === actor.id && entry.event === 'change');
    assert.equal(change.before.name, 'Tess Tulp');
    assert.equal(change.after.name, 'Tess van Tulp');
    assert.equal(change.user, 'api-test');
  });

  test('POST /api/actors/ID/end ends every open tie of an actor, which stays', async () => {
    const client = (await call('POST', '/api/actors', {body: {name: 'Edo Einde', client: 'yes'}})).json.actor;
    for (const name of ['Fien', 'Gert'])
      await call('POST', `/api/clients/${client.id}/contacts`, {body: {contact: {name}, tie: {kind: 'friend'}}});
    const stale = await call('POST', `/api/actors/${client.id}/end`, {body: {revision: client.revision - 1}});
    assert.equal(stale.status, 409);
    const ended = await call('POST', `/api/actors/${client.id}/end`, {body: {revision: client.revision, until: '2030-06-30', reason: 'verhuisd'}});
    assert.equal(ended.status, 200);
    assert.equal(ended.json.actor.id, client.id);
    const ties = (await call('GET', `/api/ties?client=${client.id}`)).json.ties;
    assert.equal(ties.length, 2);
    for (const tie of ties) assert.equal(tie.until, '2030-06-30');
  });

  test('a change is refused with the problem next to its field', async () => {
    const {status, json} = await call('POST', '/api/actors', {body: {name: '', kind: 'alien'}});
    assert.equal(status, 400);
    const fields = json.problems.map((problem) => problem.field).sort();
    assert.deepEqual(fields, ['kind', 'name']);
    assert.match(json.problems.find((p) => p.field === 'kind').message, /expected resident\/bewoner/);
  });

  test('a body that is not a JSON object is refused in words', async () => {
    const {status, json} = await call('POST', '/api/actors', {raw: '[1, 2'});
    assert.equal(status, 400);
    assert.match(json.error, /not a JSON object/);
  });
});

describe('a client network, changed as in the editor', () => {
  let contact;
  let tie;
  test('POST /api/clients/ID/contacts adds a contact and its tie at once', async () => {
    const {status, json} = await call('POST', '/api/clients/c-carer/contacts', {
      body: {contact: {name: 'Bram Beuk', kind: 'resident'}, tie: {kind: 'friend', strength: 'strong', support: 'GE', closeness: 'close'}},
    });
    assert.equal(status, 201);
    contact = json.actor;
    tie = json.tie;
    assert.equal(tie.source, 'c-carer');
    assert.equal(tie.target, contact.id);
    assert.equal(tie.support, 'GE');
  });

  test('GET /api/ties?client=ID lists the ties of the ecomap', async () => {
    const {json} = await call('GET', '/api/ties?client=c-carer');
    assert.ok(json.ties.some((t) => t.id === tie.id && t.strength === 'strong'));
  });

  test('PATCH /api/ties/N changes a tie; a change based on the old revision gets 409', async () => {
    const first = await call('PATCH', `/api/ties/${tie.id}`, {body: {revision: tie.revision, valence: 'stressful'}});
    assert.equal(first.status, 200);
    assert.equal(first.json.tie.valence, 'stressful');
    const stale = await call('PATCH', `/api/ties/${tie.id}`, {body: {revision: tie.revision, valence: 'conflict'}});
    assert.equal(stale.status, 409);
    assert.equal(stale.json.revision, first.json.tie.revision);
    assert.equal(stale.json.changed_by, 'api-test');
    assert.match(stale.json.error, /was changed since revision/);
    const now = await call('GET', `/api/ties/${tie.id}`);
    assert.equal(now.json.tie.valence, 'stressful');  // never silently overwritten
    tie = now.json.tie;
  });

  test('a stale change to an actor gets 409 too', async () => {
    const fresh = await call('PATCH', `/api/actors/${contact.id}`, {body: {revision: contact.revision, sector: 'friends'}});
    assert.equal(fresh.status, 200);
    const stale = await call('PATCH', `/api/actors/${contact.id}`, {body: {revision: contact.revision, sector: 'neighbourhood'}});
    assert.equal(stale.status, 409);
  });

  test('POST /api/ties/N/end ends a tie, and the ecomap compares the two days', async () => {
    const ended = await call('POST', `/api/ties/${tie.id}/end`, {body: {revision: tie.revision, until: '2030-01-01'}});
    assert.equal(ended.status, 200);
    assert.equal(ended.json.tie.until, '2030-01-01');
    const compare = await call('GET', '/api/ecomap/c-carer.json?compare=2029-12-01,2030-02-01');
    assert.equal(compare.status, 200);
    assert.equal(compare.json.legend.lost, 1);
    const line = compare.json.placement.lines.find((l) => l.to === contact.id);
    assert.equal(line.ties[0].id, tie.id);
  });

  test('a change asked with ?ecomap=CLIENT answers with the picture after it', async () => {
    const {json} = await call('GET', `/api/ties/${tie.id}`);
    const changed = await call('PATCH', `/api/ties/${tie.id}?ecomap=c-carer&compare=2029-12-01,2030-02-01`,
      {body: {revision: json.tie.revision, reason: 'typo', strength: 'weak'}});
    assert.equal(changed.status, 200);
    assert.equal(changed.json.tie.strength, 'weak');
    assert.equal(changed.json.ecomap.client.id, 'c-carer');
    assert.equal(changed.json.ecomap.legend.lost, 1);
    assert.match(changed.json.ecomap.svg, /<svg/);
    tie = changed.json.tie;
    const unknown = await call('PATCH', `/api/ties/${tie.id}?ecomap=nobody`, {body: {revision: tie.revision, strength: 'normal'}});
    assert.equal(unknown.status, 200);  // the change was made; only the picture could not be
    assert.match(unknown.json.ecomap.error, /nobody/);
    tie = unknown.json.tie;
  });

  test('POST /api/ties ties two contacts; DELETE removes a tie entered by mistake', async () => {
    const made = await call('POST', '/api/ties', {body: {source: contact.id, target: 'c-dementia', kind: 'neighbour'}});
    assert.equal(made.status, 201);
    const self = await call('POST', '/api/ties', {body: {source: contact.id, target: contact.id}});
    assert.equal(self.status, 400);
    assert.equal(self.json.problems[0].field, 'target');
    // A control character (pasted from somewhere) is named at its field: GraphML could not hold it.
    const pasted = await call('POST', '/api/actors', {body: {name: 'Anna\fBel', kind: 'resident'}});
    assert.equal(pasted.status, 400);
    assert.deepEqual(pasted.json.problems.map((p) => [p.field, p.message]), [['name', 'holds a control character (expected text)']]);
    const gone = await call('DELETE', `/api/ties/${made.json.tie.id}`, {body: {revision: made.json.tie.revision}});
    assert.equal(gone.status, 200);
    assert.equal((await call('GET', `/api/ties/${made.json.tie.id}`)).status, 404);
  });

  test('POST /api/clients/ID/contacts/CID/end ends every tie given', async () => {
    const added = await call('POST', '/api/clients/c-carer/contacts', {body: {contact: {name: 'Dirk Dotter'}, tie: {kind: 'neighbour'}}});
    const {json, status} = await call('POST', `/api/clients/c-carer/contacts/${added.json.actor.id}/end`, {
      body: {ties: [{id: added.json.tie.id, revision: added.json.tie.revision}], until: '2031-05-05', reason: 'verhuisd'},
    });
    assert.equal(status, 200);
    const tie = await call('GET', `/api/ties/${added.json.tie.id}`);
    assert.equal(tie.json.tie.until, '2031-05-05');
    const log = await call('GET', '/api/log?client=c-carer&limit=5');
    assert.ok(log.json.log.some((entry) => entry.event === 'end' && entry.reason === 'verhuisd'));
    assert.ok(json.revision > 0);
  });
});

describe('pictures and reports', () => {
  test('the ecomap as SVG, PDF and PNG, and as JSON with where each contact is', async () => {
    const svg = await call('GET', '/api/ecomap/c-five-pros.svg?at=2025-06-01');
    assert.equal(svg.headers['content-type'], 'image/svg+xml');
    assert.match(svg.text, /^<\?xml[^>]*>\s*<svg/);
    const pdf = await call('GET', '/api/ecomap/c-five-pros.pdf?at=2025-06-01&lang=en');
    assert.equal(pdf.buffer.subarray(0, 5).toString(), '%PDF-');
    assert.match(pdf.text, /MediaBox \[ ?0 0 842 595 ?\]/);
    const png = await call('GET', '/api/ecomap/c-five-pros.png?at=2025-06-01&dpi=72');
    assert.deepEqual([...png.buffer.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    assert.equal(png.buffer.readUInt32BE(16), 842);  // width from the IHDR chunk
    const json = await call('GET', '/api/ecomap/c-five-pros.json?at=2025-06-01&scheme=pantucek');
    const placement = json.json.placement;
    assert.equal(placement.sectors.length, 4);
    assert.ok(placement.contacts.length >= 5);
    for (const contact of placement.contacts) {
      assert.ok(contact.x > 0 && contact.x < 842 && contact.y > 0 && contact.y < 595);
      assert.ok(['close', 'middle', 'far'].includes(contact.ring));
    }
    assert.equal(placement.lines.filter((line) => line.from === 'c-five-pros').length, placement.contacts.length);
  });

  test('pseudonymise=1 changes the names on the picture and in the lists, and gives no one the same', async () => {
    const named = await call('GET', '/api/ecomap/c-carer.json?at=2025-06-01');
    const hidden = await call('GET', '/api/ecomap/c-carer.json?at=2025-06-01&pseudonymise=1');
    const realName = named.json.client.shown_as;
    assert.notEqual(hidden.json.client.shown_as, realName);
    assert.match(named.json.svg, new RegExp(`>${realName}</text>`));  // the screen's SVG has its names as text
    assert.doesNotMatch(hidden.json.svg, /Riet Boterbloem/);
    const realNames = new Map(named.json.placement.contacts.map((c) => [c.actor.id, c.actor.name]));
    for (const contact of hidden.json.placement.contacts)
      if (!['organisation', 'place', 'group'].includes(contact.actor.kind)) {
        assert.notEqual(contact.actor.shown_as, realNames.get(contact.actor.id));
        assert.equal(contact.actor.name, contact.actor.shown_as);
      }
    const carer = hidden.json.client;
    assert.equal(carer.name, carer.shown_as);  // not the real name under another key
    assert.equal(carer.x, undefined);
    assert.equal(carer.birth_year, undefined);
    const everyone = await call('GET', '/api/actors?pseudonymise=1');
    const people = everyone.json.actors.filter((a) => !['organisation', 'place', 'group'].includes(a.kind)).map((a) => a.shown_as);
    assert.equal(new Set(people).size, people.length);
  });

  test('the isolation list and the agenda are those of the command line', async () => {
    const isolated = await call('GET', '/api/isolated');
    assert.ok(isolated.json.isolated.length > 0);
    assert.ok(isolated.json.isolated[0].reasons.length > 0);
    assert.ok(Array.isArray(isolated.json.by_area));
    const agenda = await call('GET', '/api/agenda');
    assert.ok(Array.isArray(agenda.json.agenda));
    assert.ok(agenda.json.coordination.some((row) => row.id === 'c-five-pros' && row.professionals >= 5));
  });

  test('the project comes out as CSV pair and GraphML, pseudonymised when asked', async () => {
    const actors = await call('GET', '/api/export/actors.csv');
    assert.match(actors.headers['content-disposition'], /attachment; filename=".*-actors.csv"/);
    assert.match(actors.text, /^id,name,kind/);
    assert.match(actors.text, /Riet Boterbloem/);
    const hidden = await call('GET', '/api/export/actors.csv?pseudonymise=1');
    assert.doesNotMatch(hidden.text, /Riet Boterbloem/);
    assert.doesNotMatch(hidden.text, /c-carer/);
    const ties = await call('GET', '/api/export/ties.csv');
    assert.match(ties.text, /^source,target,kind/);
    const graphml = await call('GET', '/api/export/network.graphml');
    assert.match(graphml.text, /<graphml/);
    const log = await call('GET', '/api/log?limit=10');
    assert.ok(log.json.log.some((entry) => entry.event === 'export' && entry.object_id === 'network.graphml'));
  });

  test('unknown resources and methods are answered in words', async () => {
    assert.equal((await call('GET', '/api/nothing')).status, 404);
    assert.equal((await call('GET', '/api/ecomap/nobody.svg')).status, 404);
    assert.equal((await call('PUT', '/api/actors')).status, 405);
    const bad = await call('GET', '/api/ecomap/c-carer.json?compare=yesterday');
    assert.equal(bad.status, 400);
    assert.match(bad.json.error, /not two dates/);
  });
});

describe('what keeps other web pages and programs out', () => {
  test('a Host other than the loopback address and port is refused (DNS rebinding)', async () => {
    const {status} = await call('GET', '/api/project', {headers: {Host: 'evil.example:80'}});
    assert.equal(status, 421);
  });

  test('a foreign Origin is refused', async () => {
    const {status} = await call('POST', '/api/actors', {headers: {Origin: 'http://evil.example'}, body: {name: 'X'}});
    assert.equal(status, 403);
  });

  test('a cross-site fetch is refused by its fetch metadata', async () => {
    const {status} = await call('GET', '/api/project', {headers: {'Sec-Fetch-Site': 'cross-site'}});
    assert.equal(status, 403);
  });

  test('no token, a wrong token, or a cookie without the header is refused', async () => {
    assert.equal((await call('GET', '/api/project', {token: null})).status, 401);
    assert.equal((await call('GET', '/api/project', {token: 'f'.repeat(64)})).status, 401);
    const cookie = await call('GET', '/api/project', {token: null, headers: {Cookie: `${cookieName()}=${server.token}`}});
    assert.equal(cookie.status, 401);
    const both = await call('GET', '/api/project', {token: null, headers: {Cookie: `${cookieName()}=${server.token}`, 'X-Wijknet-Token': server.token}});
    assert.equal(both.status, 200);
    const otherPort = await call('GET', '/api/project', {token: null, headers: {Cookie: `wijknet_token_1=${server.token}`, 'X-Wijknet-Token': server.token}});
    assert.equal(otherPort.status, 401);  // a cookie is per server: another port's is not this one's
  });

  test('the address with the token sets an HttpOnly SameSite=Strict cookie; the page needs it', async () => {
    const login = await call('GET', `/?token=${server.token}`, {token: null});
    assert.equal(login.status, 200);
    assert.equal(login.headers.refresh, '0; url=/');
    assert.match(login.headers['set-cookie'][0], new RegExp(`^${cookieName()}=[0-9a-f]{64}; HttpOnly; SameSite=Strict; Path=/`));
    // Opened from a link elsewhere (a file, a terminal): let in, as only who has the token can.
    const fromElsewhere = await call('GET', `/?token=${server.token}`, {token: null, headers: {'Sec-Fetch-Site': 'cross-site'}});
    assert.equal(fromElsewhere.status, 200);
    const wrong = await call('GET', `/?token=${'b'.repeat(64)}`, {token: null, headers: {'Sec-Fetch-Site': 'cross-site'}});
    assert.equal(wrong.status, 403);
    assert.equal((await call('GET', '/', {token: null})).status, 401);
    assert.equal((await call('GET', '/app/main.js', {token: null})).status, 401);
    const page = await call('GET', '/', {token: null, headers: {Cookie: `${cookieName()}=${server.token}`}});
    assert.equal(page.status, 200);
    assert.match(page.headers['content-security-policy'], /default-src 'none'; script-src 'self'/);
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
  });

  test('no file outside the page is served', async () => {
    const cookie = {Cookie: `${cookieName()}=${server.token}`};
    for (const path of ['/app/../../../../etc/passwd', '/app/%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/etc/passwd', '/app/index.html']) {
      const {status, text} = await call('GET', path, {token: null, headers: cookie});
      assert.equal(status, 404, path);
      assert.doesNotMatch(text, /root:/);
    }
  });

  test('a request over the size limit is refused before it is read', async () => {
    // Announce 3 MB and send the first bytes only: the answer must come without the rest.
    const port = Number(new URL(server.origin).port);
    const answer = await new Promise((resolve, reject) => {
      const socket = net.connect({host: '127.0.0.1', port}, () => {
        socket.write(`POST /api/actors HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Wijknet-Token: ${server.token}\r\n` +
          `Authorization: Bearer ${server.token}\r\nContent-Type: application/json\r\nContent-Length: ${3 * 1024 * 1024}\r\n\r\n{"name": "`);
      });
      let text = '';
      socket.on('data', (chunk) => { text += chunk; });
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
      socket.setTimeout(5000, () => { socket.destroy(); resolve(text); });
    });
    assert.match(answer, /^HTTP\/1\.1 413/);
  });

  test('refused requests are in the log, with no token in them, at most 20 a minute', async () => {
    await call('GET', `/?token=${server.token}&x=1`, {headers: {Host: 'rebind.example:1234'}});
    for (let i = 0; i < 30; ++i) await call('GET', '/api/project', {headers: {Origin: 'http://flood.example'}});
    const {json} = await call('GET', '/api/log?limit=200');
    const refused = json.log.filter((entry) => entry.event === 'refused');
    const rebound = refused.find((entry) => /rebind\.example/.test(entry.reason));
    assert.ok(rebound);
    assert.equal(rebound.object_id, 'GET /?token=...&x=1');
    assert.ok(!JSON.stringify(json).includes(server.token));
    assert.ok(refused.length <= 20, `${refused.length} refusals logged in a minute`);
  });

  test('the server listens on the loopback address only', async () => {
    const port = Number(new URL(server.origin).port);
    const others = Object.values(networkInterfaces()).flat().filter((i) => i && i.family === 'IPv4' && !i.internal).map((i) => i.address);
    for (const address of others) {
      const reached = await new Promise((resolve) => {
        const socket = net.connect({host: address, port, timeout: 2000});
        socket.on('connect', () => { socket.destroy(); resolve(true); });
        socket.on('error', () => resolve(false));
        socket.on('timeout', () => { socket.destroy(); resolve(false); });
      });
      assert.equal(reached, false, `reached the server at ${address}:${port}`);
    }
    const ipv6 = await new Promise((resolve) => {
      const socket = net.connect({host: '::1', port, timeout: 2000});
      socket.on('connect', () => { socket.destroy(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    assert.equal(ipv6, false);
  });
});

test('Ctrl-C stops the server cleanly', async () => {
  const own = await startServer(['--demo']);
  const code = await own.stop();
  assert.equal(code, 0);
});
