// SPDX-License-Identifier: MIT
// A client's network: the ecomap, large, with the form to add contacts or the panel of the
// selected contact beside it; the day it shows; and the ways out (print, PDF, PNG, files).
import {api, ApiError, save} from './api.js';
import {announce, clear, el} from './dom.js';
import {contactForm, select} from './contact_form.js';
import {contactPanel} from './contact_panel.js';
import {EcomapView} from './ecomap_view.js';
import {spelledDate, t, termOptions} from './i18n.js';
import {timeControls} from './time_controls.js';

// How long each change took from the tap to the new picture on screen, for the benchmark.
window.wijknetTimings = window.wijknetTimings || [];

export async function showNetwork(main, clientId, project) {
  clear(main);
  const state = {
    at: project.today, today: project.today, compare: null, scheme: 'wijknet',
    selected: null, connect: false, first: null, connectKind: 'unspecified', drawing: null,
  };
  const title = el('h1', {}, '');
  const summary = el('p', {class: 'ecomap-summary', 'aria-live': 'polite'});
  const picture = el('div', {class: 'ecomap'});
  const side = el('aside', {class: 'panel', 'aria-label': t('add_contact')});
  const view = new EcomapView(picture, {select: (id) => tapped(id), move: (id, target) => move(id, target)});

  const connect = el('button', {type: 'button', 'aria-pressed': 'false'}, t('connect'));
  const connectKind = select(termOptions('tie_kind', ['unspecified', 'family', 'friend', 'neighbour', 'colleague', 'collaboration']), 'unspecified');
  connectKind.setAttribute('aria-label', t('connect_kind'));
  connectKind.addEventListener('change', () => { state.connectKind = connectKind.value; });
  connect.addEventListener('click', () => {
    state.connect = !state.connect;
    state.first = null;
    connect.setAttribute('aria-pressed', String(state.connect));
    view.movable = !state.connect && !state.compare;  // a tap in this mode ties; it never drags
    if (state.connect) announce(t('connect_hint'));
    view.placeSpots(state.selected, null);
  });
  const query = () => (state.compare ? {compare: `${state.compare.from},${state.compare.to}`} : {at: state.at});
  // Changes are made to the network as it is now: a day in the past, or two days compared, is
  // shown as it was, not changed (an edit there would land on today's tie with yesterday's values).
  const editable = () => !state.compare && state.at === state.today;
  const ecomapPath = (extension) => `/api/ecomap/${encodeURIComponent(clientId)}.${extension}`;
  const addContactButton = el('button', {type: 'button', class: 'primary', onclick: () => closePanel()}, `+ ${t('add_contact')}`);
  const toolbar = el('div', {class: 'toolbar', role: 'toolbar', 'aria-label': t('connect')},
    addContactButton, connect, connectKind,
    el('button', {type: 'button', onclick: () => window.print()}, t('print')),
    el('button', {type: 'button', onclick: () => save(ecomapPath('pdf'), query(), 'ecomap.pdf')}, t('pdf')),
    el('button', {type: 'button', onclick: () => save(ecomapPath('png'), query(), 'ecomap.png')}, t('png')));
  const exports = el('div', {class: 'exports no-print', role: 'group', 'aria-label': t('export')},
    el('span', {}, `${t('export')}:`),
    el('button', {type: 'button', onclick: () => save('/api/export/actors.csv', {}, 'actors.csv')}, t('export_actors')),
    el('button', {type: 'button', onclick: () => save('/api/export/ties.csv', {}, 'ties.csv')}, t('export_ties')),
    el('button', {type: 'button', onclick: () => save('/api/export/network.graphml', {}, 'network.graphml')}, t('export_graphml')));

  const time = timeControls(state, () => redraw());
  main.append(
    el('div', {class: 'network-head'}, el('a', {href: '#/', class: 'button'}, t('back')), title, summary),
    el('div', {class: 'controls no-print'}, time.element, toolbar),
    el('div', {class: 'network'}, el('div', {}, picture, exports), side));

  /** The client's lines to each contact, with their ties, from the last drawing. */
  function tiesWith(actorId) {
    const line = state.drawing.placement.lines.find((l) => (l.from === clientId && l.to === actorId) || (l.to === clientId && l.from === actorId));
    return line ? line.ties : [];
  }
  function contactOf(actorId) {
    return state.drawing.placement.contacts.find((contact) => contact.actor.id === actorId);
  }

  /** The query that asks a change to answer with the picture as it is after it. */
  const withPicture = () => ({ecomap: clientId, ...query()});

  async function redraw(started, given) {
    let drawing = given;
    try {
      drawing ??= await api(ecomapPath('json'), {query: query()});
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 404) main.replaceChildren(el('h1', {}, error.message));
      else announce(t('failed', {message: error.message}), {error: true});
      return;
    }
    state.drawing = drawing;
    if (state.selected && !contactOf(state.selected)) state.selected = null;
    await view.show(drawing, {selected: state.selected, first: state.first, movable: editable() && !state.connect});
    for (const button of [addContactButton, connect, connectKind]) button.disabled = !editable();
    const client = drawing.client;
    title.textContent = t('ecomap_of', {name: client.shown_as});
    document.title = `${client.shown_as} · wijknet`;
    const count = drawing.placement.contacts.length;
    summary.textContent = state.compare
      ? t('change_summary', {gained: drawing.legend.gained, lost: drawing.legend.lost, from: spelledDate(state.compare.from), to: spelledDate(state.compare.to)})
      : `${count} ${t('contacts')} · ${spelledDate(state.at)}${count ? '' : ` · ${t('no_contacts')}`}`;
    showSide();
    if (started !== undefined) {
      // Counted to after the next frame, when the new picture is on the screen.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const ms = performance.now() - started;
      window.wijknetTimings.push(ms);
      window.dispatchEvent(new CustomEvent('wijknet:drawn', {detail: {ms}}));
    }
  }

  let form = null;
  function showSide() {
    const client = state.drawing.client;
    if (!editable()) {
      form = null;
      const back = el('button', {type: 'button', class: 'primary', onclick: () => time.toToday()}, t('to_today'));
      side.replaceChildren(el('h2', {}, t('past_title')), el('p', {}, t('past_note')), back);
      side.focusTarget = back;
      return back;
    }
    if (state.selected) {
      const contact = contactOf(state.selected);
      const panel = contactPanel({client, contact, ties: tiesWith(state.selected), state, withPicture, actions: {
        changed: (started, message, {closed, drawing} = {}) => changed(started, message, closed, drawing),
        close: () => closePanel(),
        move: (id, target) => move(id, target),
      }});
      side.setAttribute('aria-label', t('selected'));
      side.replaceChildren(panel.panel);
      side.focusTarget = panel;
      form = null;
      return panel;
    }
    if (!form) {
      form = contactForm({client, contacts: () => state.drawing.placement.contacts, added, withPicture});
      side.setAttribute('aria-label', t('add_contact'));
      side.replaceChildren(form.form);
      side.focusTarget = form;
    }
    return form;
  }

  async function changed(started, message, closed, drawing) {
    if (closed) {
      state.selected = null;
      form = null;
    }
    await redraw(started, drawing);
    side.focusTarget?.focus();  // the panel was drawn anew: keep keyboard users in it
    if (message) announce(message);
  }

  async function added(actor, {next, started, drawing}) {
    if (!next) {
      state.selected = actor.id;
      form = null;
    }
    await redraw(started, drawing);
    announce(t('contact_added', {name: actor.shown_as}));
    if (!next) view.focus(actor.id);
  }

  function closePanel() {
    state.selected = null;
    form = null;
    view.placeSpots(null, null);
    showSide().focus();
  }

  async function tapped(actorId) {
    if (!editable()) return;
    if (!state.connect) {
      state.selected = actorId;
      view.placeSpots(actorId, null);
      showSide().focus();
      return;
    }
    if (!state.first) {
      state.first = actorId;
      view.placeSpots(state.selected, actorId);
      announce(t('connect_first', {name: contactOf(actorId).actor.shown_as}));
      view.focus(actorId);
      return;
    }
    const first = state.first;
    state.first = null;
    if (first === actorId) return view.placeSpots(state.selected, null);
    await tieOrUntie(first, actorId);
  }

  async function tieOrUntie(a, b) {
    const started = performance.now();
    const line = state.drawing.placement.lines.find((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));
    const open = line ? line.ties.filter((tie) => !tie.until) : [];
    const names = {a: contactOf(a).actor.shown_as, b: contactOf(b).actor.shown_as};
    let answer;
    try {
      for (const [i, tie] of open.entries())
        answer = await api(`/api/ties/${tie.id}/end`, {method: 'POST', body: {revision: tie.revision, until: state.today, about_client: clientId},
          query: i === open.length - 1 ? withPicture() : {}});
      if (!open.length) answer = await api('/api/ties', {method: 'POST', body: {source: a, target: b, kind: state.connectKind, about_client: clientId}, query: withPicture()});
    } catch (error) {
      return failed(error);
    }
    await redraw(started, answer.ecomap);
    announce(t(open.length ? 'disconnected' : 'connected', names));
    view.focus(b);
  }

  async function move(actorId, {ring, sector}) {
    const started = performance.now();
    const contact = contactOf(actorId);
    // Each change one request; the last one brings the new picture back with it.
    const requests = [];
    if (ring && ring !== contact.ring)
      for (const tie of tiesWith(actorId).filter((tie) => !tie.until))
        requests.push([`/api/ties/${tie.id}`, {closeness: ring, revision: tie.revision, about_client: clientId}]);
    if (sector && sector !== contact.sector && state.scheme === 'wijknet')
      requests.push([`/api/actors/${encodeURIComponent(actorId)}`, {sector, revision: contact.actor.revision, about_client: clientId}]);
    let answer = {};
    try {
      for (const [i, [path, body]] of requests.entries())
        answer = await api(path, {method: 'PATCH', body, query: i === requests.length - 1 ? withPicture() : {}});
    } catch (error) {
      return failed(error);
    }
    await redraw(started, answer.ecomap);
    const moved = contactOf(actorId);
    announce(sector && sector !== contact.sector ? t('moved_sector', {name: contact.actor.shown_as, sector: termOptions('domain', [moved?.sector || sector])[0].text})
      : t('moved', {name: contact.actor.shown_as, ring: termOptions('closeness', [ring])[0].text}));
    view.focus(actorId);
  }

  async function failed(error) {
    if (!(error instanceof ApiError)) throw error;
    announce(error.status === 409 ? t('stale') : t('failed', {message: error.problems[0]?.message || error.message}), {error: true});
    await redraw();
  }

  await redraw();
}
