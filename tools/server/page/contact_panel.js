// SPDX-License-Identifier: MIT
// One contact of a client's network: change who they are and how the tie is, move them to
// another ring or sector without dragging, end the contact (kept in the history) or delete it
// when it was entered by mistake.
import {api, ApiError, settings} from './api.js';
import {announce, el, field, setError} from './dom.js';
import {select, tieChoices, tieFieldsOf, vocabulary} from './contact_form.js';
import {spelledDate, t, term, termOptions} from './i18n.js';

const rings = ['close', 'middle', 'far'];

/**
 * contact: an entry of the drawing's placement.contacts; ties: the client's ties with it.
 * actions: {changed(started), close(), move(actorId, {ring, sector})}
 */
export function contactPanel({client, contact, ties, state, withPicture, actions}) {
  const actor = contact.actor;
  const panel = el('section', {'aria-labelledby': 'contact-heading'});
  const heading = el('h2', {id: 'contact-heading', tabindex: '-1'}, `${actor.shown_as} · ${term('actor_kind', actor.kind)}`);

  // Where the contact stands: ring buttons and a sector choice, the way without dragging.
  const ringIndex = rings.indexOf(contact.ring);
  const closer = el('button', {type: 'button', disabled: ringIndex <= 0, onclick: () => actions.move(actor.id, {ring: rings[ringIndex - 1], sector: contact.sector})}, `↑ ${t('closer')}`);
  const further = el('button', {type: 'button', disabled: ringIndex >= 2, onclick: () => actions.move(actor.id, {ring: rings[ringIndex + 1], sector: contact.sector})}, `↓ ${t('further')}`);
  const sector = select(termOptions('domain', vocabulary.domains), contact.sector);
  sector.addEventListener('change', () => actions.move(actor.id, {ring: contact.ring, sector: sector.value}));
  const movable = state.scheme === 'wijknet' && !state.compare;
  const place = el('fieldset', {},
    el('legend', {}, `${t('move')}: ${t('ring')} ${term('closeness', contact.ring)}`),
    el('div', {class: 'row'}, closer, further),
    movable ? field(t('domain'), sector) : null);

  // Who they are.
  const name = el('input', {type: 'text', value: settings.pseudonymise ? actor.shown_as : actor.name, readonly: settings.pseudonymise});
  const kind = select(termOptions('actor_kind', vocabulary.actorKinds), actor.kind);
  const who = el('form', {novalidate: true},
    el('h3', {}, t('edit_contact')), field(t('name'), name), field(t('who'), kind),
    el('button', {type: 'submit'}, t('save')));
  who.addEventListener('submit', async (event) => {
    event.preventDefault();
    const started = performance.now();
    setError(name, '');
    if (!name.value.trim()) return setError(name, t('name_missing'));
    const changes = {kind: kind.value, revision: actor.revision};
    if (!settings.pseudonymise) changes.name = name.value.trim();
    await attempt(() => api(`/api/actors/${encodeURIComponent(actor.id)}`, {method: 'PATCH', body: {...changes, about_client: client.id}, query: withPicture()}), name,
      (answer, {stale} = {}) => actions.changed(started, stale ? null : t('contact_saved', {name: name.value.trim()}), {drawing: answer?.ecomap}));
  });

  // Each tie with the client, as it is now.
  const cards = ties.map((tie) => tieCard(client, tie, actions, withPicture));

  // Ending and deleting.
  const until = el('input', {type: 'date', value: state.compare ? state.today : state.at});
  const reason = el('input', {type: 'text'});
  const end = el('form', {novalidate: true},
    el('h3', {}, t('end_contact')), field(t('end_date'), until), field(t('reason'), reason),
    el('button', {type: 'submit', disabled: !ties.some((tie) => !tie.until)}, t('end_contact')));
  end.addEventListener('submit', async (event) => {
    event.preventDefault();
    const started = performance.now();
    const open = ties.filter((tie) => !tie.until).map((tie) => ({id: tie.id, revision: tie.revision}));
    await attempt(() => api(`/api/clients/${encodeURIComponent(client.id)}/contacts/${encodeURIComponent(actor.id)}/end`,
      {method: 'POST', body: {ties: open, until: until.value, reason: reason.value}, query: withPicture()}), until,
    (answer, {stale} = {}) => actions.changed(started, stale ? null : t('ended', {name: actor.shown_as}), {drawing: answer?.ecomap}));
  });
  const remove = el('button', {type: 'button', class: 'danger', onclick: async () => {
    if (!window.confirm(t('delete_confirm', {name: actor.shown_as}))) return;
    const started = performance.now();
    // A contact who is nobody else's goes altogether; one shared with others loses only these ties.
    const own = actor.tie_count <= ties.length;
    await attempt(async () => {
      if (own) return api(`/api/actors/${encodeURIComponent(actor.id)}`, {method: 'DELETE', body: {revision: actor.revision, about_client: client.id}, query: withPicture()});
      let answer;
      for (const [i, tie] of ties.entries())
        answer = await api(`/api/ties/${tie.id}`, {method: 'DELETE', body: {revision: tie.revision, about_client: client.id}, query: i === ties.length - 1 ? withPicture() : {}});
      return answer;
    }, remove, (answer, {stale} = {}) => actions.changed(started, stale ? null : t('deleted', {name: actor.shown_as}),
      {closed: !stale, drawing: answer?.ecomap}));
  }}, t('delete_contact'));

  panel.append(
    el('div', {class: 'row'}, heading, el('button', {type: 'button', class: 'grow-none', onclick: actions.close, 'aria-label': t('close_panel')}, '✕')),
    place, ...cards, who, end, el('p', {}, remove), el('p', {class: 'hint'}, t('keys_hint')));
  return {panel, focus: () => heading.focus()};
}

function tieCard(client, tie, actions, withPicture) {
  const prefix = `tie-${tie.id}`;
  const kind = select(termOptions('tie_kind', vocabulary.tieKinds), tie.kind);
  const choices = tieChoices(prefix, tie);
  const since = el('input', {type: 'date', value: tie.since || ''});
  const card = el('form', {class: 'tie-card', novalidate: true},
    el('h3', {}, t('tie_to_client', {name: client.shown_as}) + (tie.until ? `, ${t('ended_on', {date: spelledDate(tie.until)})}` : '')),
    field(t('relation'), kind), choices.ring, choices.strength, choices.valence, choices.direction, choices.support,
    field(t('since'), since),
    el('button', {type: 'submit'}, t('save')));
  card.addEventListener('submit', async (event) => {
    event.preventDefault();
    const started = performance.now();
    const fields = {kind: kind.value, since: since.value, ...tieFieldsOf(card, prefix)};
    await attempt(() => api(`/api/ties/${tie.id}`, {method: 'PATCH', body: {...fields, revision: tie.revision, about_client: client.id}, query: withPicture()}), kind,
      (answer, {stale} = {}) => actions.changed(started, stale ? null : t('contact_saved', {name: client.shown_as}), {drawing: answer?.ecomap}));
  });
  return card;
}

/**
 * Runs a change and then `done(answer)`; a refusal is shown next to `control`. A change refused
 * because someone else changed it first reloads the network with `done(undefined, {stale: true})`,
 * which says nothing was saved.
 */
async function attempt(change, control, done) {
  let answer;
  try {
    answer = await change();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 409) {
      announce(t('stale'), {error: true});
      await done(undefined, {stale: true});
      return;
    }
    const message = error.problems[0]?.message ? `${error.problems[0].field}: ${error.problems[0].message}` : error.message;
    setError(control, message);
    announce(t('failed', {message}), {error: true});
    return;
  }
  await done(answer);
}
