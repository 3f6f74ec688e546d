// SPDX-License-Identifier: MIT
// The editor's page: the header's settings, and which view the address shows.
//   #/             the clients
//   #/client/ID    a client's network
//   #/wijk         the isolation list and the coordination agenda
import {api, settings} from './api.js';
import {showClients} from './clients_view.js';
import {showNeighbourhood} from './neighbourhood_view.js';
import {showNetwork} from './network_view.js';
import {translateStatic} from './i18n.js';

const main = document.getElementById('main');
let project = null;

async function route() {
  const hash = window.location.hash || '#/';
  if (!hash.startsWith('#/')) return;  // a link within the page (the skip link), not a view
  const client = hash.match(/^#\/client\/(.+)$/);
  const current = client ? null : hash === '#/wijk' ? 'nav-wijk' : 'nav-clients';
  for (const id of ['nav-clients', 'nav-wijk']) {
    const link = document.getElementById(id);
    if (id === current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (client) await showNetwork(main, decodeURIComponent(client[1]), project);
  else if (hash === '#/wijk') await showNeighbourhood(main);
  else await showClients(main);
}

function setUp() {
  const language = document.getElementById('language');
  language.value = settings.lang;
  language.addEventListener('change', () => {
    settings.lang = language.value;
    localStorage.setItem('wijknet-lang', settings.lang);
    translateStatic();
    route();
  });
  const pseudonymise = document.getElementById('pseudonymise');
  pseudonymise.checked = settings.pseudonymise;
  pseudonymise.addEventListener('change', () => {
    settings.pseudonymise = pseudonymise.checked;
    route();
  });
  window.addEventListener('hashchange', () => {
    if (!(window.location.hash || '#/').startsWith('#/')) return;
    route().then(() => main.focus({preventScroll: true}));
  });
}

async function start() {
  translateStatic();
  setUp();
  project = await api('/api/project');
  document.getElementById('project-name').textContent = project.name;
  await route();
}

start();
