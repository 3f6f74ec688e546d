// SPDX-License-Identifier: MIT
// kill -9 of the server at any moment loses no change it acknowledged and leaves the project
// readable: 50 tries, each killing the server at a random moment in a stream of changes.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {request, scratch, startServer, wijknet} from './harness.mjs';

const tries = Number(process.env.WIJKNET_KILL_TRIES || 50);

test(`every acknowledged change survives kill -9 (${tries} tries)`, async () => {
  const folder = scratch();
  try {
    const project = join(folder.path, 'killed.wijknet');
    execFileSync(wijknet, ['import', join(process.cwd(), '../../samples/zonnedal'), project]);
    const acknowledged = [];
    for (let attempt = 0; attempt < tries; ++attempt) {
      const server = await startServer([project]);
      let stop = false;
      // A stream of changes, one after the other, as fast as the server takes them.
      const stream = (async () => {
        for (let n = 0; !stop; ++n) {
          let answer;
          try {
            answer = await request(server, 'POST', '/api/clients/c-carer/contacts', {
              body: {contact: {name: `Try ${attempt} contact ${n}`}, tie: {kind: 'friend', strength: n % 2 ? 'strong' : 'weak'}},
            });
          } catch {
            return;  // the server is gone
          }
          if (answer.status === 201) acknowledged.push(answer.json.actor.id);
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 180));
      server.child.kill('SIGKILL');
      stop = true;
      await stream;
      await new Promise((resolve) => server.child.once('exit', resolve).exitCode !== null && resolve());
    }
    assert.ok(acknowledged.length > tries, `only ${acknowledged.length} changes were acknowledged`);
    execFileSync(wijknet, ['validate', project]);
    execFileSync(wijknet, ['convert', project, join(folder.path, 'out')]);
    const actors = readFileSync(join(folder.path, 'out', 'actors.csv'), 'utf8');
    const ids = new Set(actors.split('\n').slice(1).map((line) => line.split(',')[0]));
    const lost = acknowledged.filter((id) => !ids.has(id));
    assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.length} acknowledged contacts were lost`);
  } finally {
    folder.remove();
  }
});
