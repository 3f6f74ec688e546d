// SPDX-License-Identifier: MIT
// What the browser tests share: a `wijknet serve` of its own on a copy of a project, and
// Debian's chromium, headless, driven by playwright-core (which never downloads a browser).
import {spawn} from 'node:child_process';
import http from 'node:http';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium} from 'playwright-core';

export const wijknet = process.env.WIJKNET_BINARY || 'build/tools/wijknet';
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

/** Starts `wijknet serve ARGS` and resolves with its address once it listens. */
export async function startServer(args) {
  const child = spawn(wijknet, ['serve', ...args], {stdio: ['ignore', 'pipe', 'pipe']});
  let errors = '';
  child.stderr.on('data', (chunk) => { errors += chunk; });
  const address = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`wijknet serve did not start: ${out}${errors}`)), 15000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const found = out.match(/(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`wijknet serve ended with ${code}: ${errors}`)));
  });
  const url = new URL(address);
  return {
    child, address, origin: url.origin, token: url.searchParams.get('token'),
    errors: () => errors,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once('exit', (code) => resolve(code));
      child.kill('SIGINT');
    }),
  };
}

/** A scratch folder removed afterwards. */
export function scratch() {
  const path = mkdtempSync(join(tmpdir(), 'wijknet-browser-'));
  return {path, remove: () => rmSync(path, {recursive: true, force: true})};
}

export async function launch() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // As root in a container there is no sandbox; the rest keeps chromium off the network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** A page opened at the server's address, logged in by its token. */
export async function openEditor(browser, server, contextOptions = {}) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}, ...contextOptions});
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto(server.address);
  await page.waitForSelector('main h1');  // the page itself, after the login's refresh
  return {context, page, problems};
}

/**
 * One HTTP request as a script or an attacker would send it, every header as given (fetch would
 * refuse to set Host or Sec-Fetch-Site). Resolves with {status, headers, text, json}.
 */
export function request(server, method, path, {headers = {}, body, token = server.token, auth = 'bearer', raw} = {}) {
  const url = new URL(path, server.origin);
  const all = {Host: url.host, ...headers};
  if (token && auth === 'bearer') {
    all['X-Wijknet-Token'] ??= token;
    all.Authorization ??= `Bearer ${token}`;
  }
  const payload = raw ?? (body === undefined ? undefined : JSON.stringify(body));
  if (payload !== undefined) {
    all['Content-Type'] ??= 'application/json';
    all['Content-Length'] = Buffer.byteLength(payload);
  }
  for (const [name, value] of Object.entries(all)) if (value === null) delete all[name];
  return new Promise((resolve, reject) => {
    const call = http.request({host: '127.0.0.1', port: url.port, method, path: url.pathname + url.search, headers: all}, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const buffer = Buffer.concat(chunks);
        const text = buffer.toString('utf8');
        let json;
        try { json = JSON.parse(text); } catch { json = undefined; }
        resolve({status: response.statusCode, headers: response.headers, buffer, text, json});
      });
    });
    call.on('error', reject);
    if (payload !== undefined) call.write(payload);
    call.end();
  });
}

/**
 * Types an ISO day into the focused date field with the keyboard alone. The order of the
 * field's parts is the browser's own (month first in this chromium, day first in others): the
 * day is typed in one order, and in the other if the field took it wrongly.
 */
export async function typeDate(page, iso) {
  const [year, month, day] = iso.split('-');
  for (const digits of [`${month}${day}${year}`, `${day}${month}${year}`]) {
    await page.keyboard.type(digits);
    if (await page.evaluate(() => document.activeElement.value) === iso) return;
    await page.keyboard.press('Shift+Tab');  // back over the year and the middle part, to the first
    await page.keyboard.press('Shift+Tab');
  }
  throw new Error(`the date field did not take ${iso} from the keyboard`);
}
