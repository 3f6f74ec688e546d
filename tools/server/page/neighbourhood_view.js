// SPDX-License-Identifier: MIT
// The neighbourhood: who may be isolated, and what the professionals' meeting should discuss,
// from the same analyses as `wijknet isolated` and `wijknet coordination`.
import {api} from './api.js';
import {clear, el} from './dom.js';
import {t, term} from './i18n.js';

function clientLink(id, name) {
  return el('a', {href: `#/client/${encodeURIComponent(id)}`}, name);
}

function table(caption, headings, rows) {
  return el('table', {},
    el('caption', {class: 'visually-hidden'}, caption),
    el('thead', {}, el('tr', {}, headings.map((heading) => el('th', {scope: 'col'}, heading)))),
    el('tbody', {}, rows));
}

export async function showNeighbourhood(main) {
  clear(main);
  main.append(el('h1', {}, t('wijk_title')), el('p', {class: 'hint'}, t('loading')));
  const [isolation, coordination] = await Promise.all([api('/api/isolated'), api('/api/agenda')]);
  clear(main);
  main.append(el('h1', {}, t('wijk_title')));

  main.append(el('h2', {id: 'isolated-heading'}, t('isolated_title')), el('p', {class: 'hint'}, t('isolated_hint')));
  const isolated = isolation.isolated;
  main.append(isolated.length
    ? table(t('isolated_title'), [t('col_name'), t('col_area'), t('col_reasons'), t('col_contacts')],
      isolated.map((row) => el('tr', {},
        el('td', {}, clientLink(row.id, row.name)),
        el('td', {}, row.area || ''),
        el('td', {}, row.reasons.split(',').filter(Boolean).map((reason) => el('span', {class: 'reason'}, term('reason', reason)))),
        el('td', {}, String(row.contacts)))))
    : el('p', {}, t('none_isolated')));

  // Counts per buurt as the command line publishes them: small numbers come as null, shown as such.
  const count = (value) => (value === null ? t('suppressed') : String(value));
  main.append(el('h2', {}, t('by_area_title')), el('p', {class: 'hint'}, t('by_area_hint')),
    table(t('by_area_title'), [t('col_area'), t('col_residents'), t('col_without'), t('col_flagged')],
      isolation.by_area.map((row) => el('tr', {}, el('td', {}, row.area || '—'), el('td', {}, count(row.residents)),
        el('td', {}, count(row.without_informal_tie)), el('td', {}, count(row.flagged))))));

  main.append(el('h2', {}, t('agenda_title')), el('p', {class: 'hint'}, t('agenda_hint')));
  const agenda = coordination.agenda;
  main.append(agenda.length
    ? table(t('agenda_title'), [t('col_orgs'), t('col_shared')],
      agenda.map((row) => el('tr', {}, el('td', {}, `${row.name_a} — ${row.name_b}`), el('td', {}, String(row.shared_clients)))))
    : el('p', {}, t('none_agenda')));

  const fragmented = coordination.coordination.filter((row) => row.professionals >= 3);
  main.append(el('h2', {}, t('fragmented_title')));
  main.append(table(t('fragmented_title'), [t('col_name'), t('col_professionals'), t('col_fragmentation'), t('col_coordinator')],
    fragmented.map((row) => el('tr', {},
      el('td', {}, clientLink(row.id, row.name)),
      el('td', {}, String(row.professionals)),
      el('td', {}, row.fragmentation === null ? '' : `${Math.round(row.fragmentation * 100)}%`),
      el('td', {}, row.coordinator_name || '')))));
}
