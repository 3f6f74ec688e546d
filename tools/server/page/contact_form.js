// SPDX-License-Identifier: MIT
// Adding a contact to a client's network: one form, kept open by "save and next" for the list of
// names a first conversation starts with. Someone already in the project can be picked instead
// of typed again, so shared contacts and organisations stay one person in the model.
import {api, ApiError, settings} from './api.js';
import {checkedValues, choices, el, field, setError} from './dom.js';
import {t, term, termOptions} from './i18n.js';

const actorKinds = ['resident', 'professional', 'volunteer', 'organisation', 'place', 'group'];
const tieKinds = ['family', 'household', 'friend', 'neighbour', 'colleague', 'volunteer_help', 'membership', 'care', 'referral', 'unspecified'];
const domains = ['household_family', 'friends', 'neighbourhood', 'work_school', 'volunteers_groups', 'formal_care'];

export function select(options, value) {
  const node = el('select', {});
  for (const option of options) node.append(el('option', {value: option.value, selected: option.value === value}, option.text));
  return node;
}

export const vocabulary = {actorKinds, tieKinds, domains};

/** The tie fields of the shared choices (ring, strength, feeling, direction, support). */
export function tieChoices(prefix, tie = {}) {
  return {
    ring: choices(t('ring'), `${prefix}-ring`, termOptions('closeness'), {checked: [tie.closeness || 'middle']}),
    strength: choices(t('strength'), `${prefix}-strength`, termOptions('strength'), {checked: [tie.strength || 'normal']}),
    valence: choices(t('feeling'), `${prefix}-valence`, termOptions('valence'), {checked: tie.valence ? [tie.valence] : []}),
    direction: choices(t('direction'), `${prefix}-direction`, termOptions('direction'), {checked: tie.direction ? [tie.direction] : []}),
    support: choices(t('support'), `${prefix}-support`, termOptions('support'), {type: 'checkbox', checked: (tie.support || '').split('')}),
  };
}

export function tieFieldsOf(container, prefix) {
  const one = (name) => checkedValues(container, `${prefix}-${name}`)[0] || '';
  return {closeness: one('ring'), strength: one('strength'), valence: one('valence'), direction: one('direction'),
    support: checkedValues(container, `${prefix}-support`).join('')};
}

/** The form; `added(actorId, {next})` is called after each contact is saved. */
export function contactForm({client, contacts, added, withPicture}) {
  const name = el('input', {type: 'text', autocomplete: 'off'});
  const suggestions = el('ul', {class: 'suggestions', 'aria-label': t('pick_existing')});
  const picked = el('div', {class: 'picked', hidden: true});
  const who = select(termOptions('actor_kind', actorKinds), 'resident');
  const relation = select(termOptions('tie_kind', tieKinds), 'family');
  const domain = select([{value: '', text: t('domain_auto')}, ...termOptions('domain', domains)], '');
  const since = el('input', {type: 'date'});
  const tie = tieChoices('new');
  let existing = null;  // the actor picked from the project
  let whoTouched = false;

  who.addEventListener('change', () => { whoTouched = true; });
  relation.addEventListener('change', () => {
    if (whoTouched) return;
    who.value = ['care', 'referral'].includes(relation.value) ? 'professional' : relation.value === 'volunteer_help' ? 'volunteer' : 'resident';
  });

  function pick(actor) {
    existing = actor;
    // The id tells two people of one name apart; with pseudonyms on it stays off the screen.
    picked.replaceChildren(el('span', {}, t('picked', {name: settings.pseudonymise ? actor.shown_as : `${actor.shown_as} (${actor.id})`})),
      el('button', {type: 'button', onclick: unpick}, t('unpick')));
    picked.hidden = false;
    suggestions.replaceChildren();
    name.value = actor.shown_as;
    who.value = actorKinds.includes(actor.kind) ? actor.kind : 'resident';
    setError(name, '');
  }
  function unpick() {
    existing = null;
    picked.hidden = true;
    name.value = '';
    name.focus();
  }

  let asked = 0;
  name.addEventListener('input', async () => {
    existing = null;
    picked.hidden = true;
    const text = name.value.trim();
    const mine = ++asked;
    if (text.length < 2) {
      suggestions.replaceChildren();
      return;
    }
    const {actors} = await api('/api/actors', {query: {q: text}});
    if (mine !== asked) return;
    const already = new Set([client.id, ...contacts().map((contact) => contact.actor.id)]);
    suggestions.replaceChildren(...actors.filter((actor) => !already.has(actor.id)).slice(0, 5).map((actor) =>
      el('li', {}, el('button', {type: 'button', onclick: () => pick(actor)},
        `${actor.shown_as} · ${term('actor_kind', actor.kind)}${actor.area ? ` · ${actor.area}` : ''}`))));
  });

  const save = el('button', {type: 'submit', class: 'primary', value: 'save'}, t('save'));
  const next = el('button', {type: 'submit', value: 'next'}, t('next_contact'));
  const form = el('form', {novalidate: true, 'aria-labelledby': 'add-contact-heading'},
    el('h2', {id: 'add-contact-heading'}, t('add_contact')),
    field(t('name'), name), picked, suggestions,
    field(t('who'), who), field(t('relation'), relation), field(t('domain'), domain),
    tie.ring, tie.strength, tie.valence, tie.direction, tie.support,
    field(t('since'), since),
    el('div', {class: 'row'}, save, next));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const started = performance.now();
    const goOn = event.submitter === next;
    for (const control of [name, who, relation, domain, since]) setError(control, '');
    if (!name.value.trim() && !existing) return fail(name, t('name_missing'));
    if (existing && existing.id === client.id) return fail(name, t('self_tie'));
    const contact = existing ? {id: existing.id} : {name: name.value.trim(), kind: who.value, sector: domain.value};
    const tieFields = {kind: relation.value, since: since.value, ...tieFieldsOf(form, 'new')};
    try {
      const answer = await api(`/api/clients/${encodeURIComponent(client.id)}/contacts`, {method: 'POST', body: {contact, tie: tieFields}, query: withPicture()});
      existing = null;
      picked.hidden = true;
      suggestions.replaceChildren();
      name.value = '';
      await added(answer.actor, {next: goOn, started, drawing: answer.ecomap});
      if (goOn) name.focus();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const controls = {name, kind: who, sector: domain, 'tie.kind': relation, 'tie.since': since};
      const problem = error.problems.find((p) => controls[p.field]) || error.problems[0];
      fail(problem && controls[problem.field] ? controls[problem.field] : name, problem ? problem.message : error.message);
    }
  });

  function fail(control, message) {
    setError(control, message);
    control.focus();
  }
  return {form, focus: () => name.focus()};
}
