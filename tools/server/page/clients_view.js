// SPDX-License-Identifier: MIT
// The clients: a list with search, and a form to add one.
import {api, ApiError} from './api.js';
import {announce, clear, el, field, setError} from './dom.js';
import {t, term} from './i18n.js';

export async function showClients(main) {
  clear(main);
  const search = el('input', {type: 'search', autocomplete: 'off'});
  const list = el('ul', {class: 'client-list', 'aria-live': 'polite'});
  const form = addClientForm();
  main.append(
    el('h1', {}, t('clients_title')),
    el('div', {class: 'split'},
      el('section', {'aria-labelledby': 'clients-heading'},
        el('h2', {id: 'clients-heading', class: 'visually-hidden'}, t('clients_title')),
        field(t('clients_search'), search),
        list),
      el('section', {class: 'panel', 'aria-labelledby': 'add-client-heading'},
        el('h2', {id: 'add-client-heading'}, t('add_client')), form)));

  let shown = 0;
  async function fill() {
    const asked = ++shown;
    const {actors} = await api('/api/actors', {query: {clients: '1', q: search.value}});
    if (asked !== shown) return;  // a newer search came in meanwhile
    clear(list);
    actors.sort((a, b) => a.shown_as.localeCompare(b.shown_as));
    for (const client of actors) {
      list.append(el('li', {},
        el('a', {href: `#/client/${encodeURIComponent(client.id)}`},
          el('span', {}, client.shown_as),
          el('span', {class: 'meta'}, [client.area, `${client.tie_count} ${t('clients_contacts')}`].filter(Boolean).join(' · ')))));
    }
    if (!actors.length) await offerPeopleAsClients(list, search.value, () => asked !== shown);
  }
  search.addEventListener('input', fill);
  await fill();
}

/** With no client found: the project's other people (an imported network has no clients until
 *  someone says who they are), each with a button that makes them one. */
async function offerPeopleAsClients(list, query, outdated) {
  const {actors} = await api('/api/actors', {query: {q: query}});
  if (outdated()) return;
  const people = actors.filter((actor) => !actor.client).sort((a, b) => a.shown_as.localeCompare(b.shown_as));
  if (!people.length) return list.append(el('li', {class: 'hint'}, t('clients_none')));
  list.append(el('li', {class: 'hint'}, t('clients_none_yet', {count: people.length})));
  const shownAtMost = 50;
  for (const person of people.slice(0, shownAtMost)) {
    const make = el('button', {type: 'button'}, t('make_client'));
    make.setAttribute('aria-label', t('make_client_named', {name: person.shown_as}));
    make.addEventListener('click', async () => {
      await api(`/api/actors/${encodeURIComponent(person.id)}`, {method: 'PATCH', body: {client: 'yes', revision: person.revision}});
      announce(t('client_made', {name: person.shown_as}));
      window.location.hash = `#/client/${encodeURIComponent(person.id)}`;
    });
    list.append(el('li', {class: 'person'},
      el('span', {}, person.shown_as, ' ', el('span', {class: 'meta'}, [term('actor_kind', person.kind), `${person.tie_count} ${t('clients_contacts')}`].join(' · '))),
      make));
  }
  if (people.length > shownAtMost) list.append(el('li', {class: 'hint'}, t('clients_search_more', {count: people.length - shownAtMost})));
}

function addClientForm() {
  const name = el('input', {type: 'text', autocomplete: 'off', required: true});
  const area = el('input', {type: 'text', autocomplete: 'off'});
  const form = el('form', {novalidate: true},
    field(t('client_name'), name),
    field(t('client_area'), area),
    el('p', {}, el('button', {type: 'submit', class: 'primary'}, t('add'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    setError(name, '');
    if (!name.value.trim()) {
      setError(name, t('name_missing'));
      name.focus();
      return;
    }
    try {
      const {actor} = await api('/api/actors', {method: 'POST', body: {name: name.value.trim(), kind: 'resident', client: 'yes', area: area.value.trim()}});
      announce(t('client_added', {name: actor.shown_as}));
      window.location.hash = `#/client/${encodeURIComponent(actor.id)}`;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const problem = error.problems.find((p) => p.field === 'area');
      if (problem) setError(area, problem.message);
      else setError(name, error.problems[0]?.message || error.message);
    }
  });
  return form;
}
