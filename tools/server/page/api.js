// SPDX-License-Identifier: MIT
// The editor's JSON API (docs/api.md): every call carries the run's token in the header the
// server asks for, and the page's settings (language, pseudonyms) in the query.

const token = document.querySelector('meta[name="wijknet-token"]').content;

export const settings = {
  lang: localStorage.getItem('wijknet-lang') || 'nl',
  pseudonymise: false,
};

export class ApiError extends Error {
  constructor(status, body) {
    super(body.error || `HTTP ${status}`);
    this.status = status;
    this.problems = body.problems || [];
    this.body = body;
  }
}

function address(path, query = {}) {
  const url = new URL(path, window.location.origin);
  const all = {lang: settings.lang, ...(settings.pseudonymise ? {pseudonymise: '1'} : {}), ...query};
  for (const [name, value] of Object.entries(all)) if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  return url;
}

async function call(path, {method = 'GET', body, query} = {}) {
  const response = await fetch(address(path, query), {
    method,
    headers: {'X-Wijknet-Token': token, ...(body !== undefined ? {'Content-Type': 'application/json'} : {})},
    body: body !== undefined ? JSON.stringify(body) : undefined,
    credentials: 'same-origin',
    cache: 'no-store',
  });
  return response;
}

export async function api(path, options = {}) {
  const response = await call(path, options);
  const text = await response.text();
  let body = {};
  try { body = text ? JSON.parse(text) : {}; } catch { body = {error: text}; }
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** A file from the API (an ecomap as PDF, the project as CSV) as a Blob. */
export async function download(path, query) {
  const response = await call(path, {query});
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => ({})));
  return {blob: await response.blob(), name: (response.headers.get('Content-Disposition') || '').match(/filename="([^"]+)"/)?.[1]};
}

/** Saves a file from the API under the name the server gave it. */
export async function save(path, query, fallbackName) {
  const {blob, name} = await download(path, query);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name || fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  return blob;
}
