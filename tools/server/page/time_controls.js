// SPDX-License-Identifier: MIT
// The day the network is shown on, or two days to compare.
import {el, field, setError} from './dom.js';
import {t} from './i18n.js';

function yearBefore(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year - 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * state: {at, compare: null | {from, to}, today}; changed() after every change.
 * Returns the controls and toToday(), which shows today's network again.
 */
export function timeControls(state, changed) {
  const at = el('input', {type: 'date', value: state.at});
  const today = el('button', {type: 'button'}, t('today'));
  const compare = el('input', {type: 'checkbox', id: 'compare-toggle', checked: Boolean(state.compare)});
  const from = el('input', {type: 'date', value: state.compare?.from || yearBefore(state.today)});
  const to = el('input', {type: 'date', value: state.compare?.to || state.today});
  const range = el('div', {class: 'time', hidden: !state.compare}, field(t('compare_from'), from), field(t('compare_to'), to));
  const single = el('div', {class: 'time', hidden: Boolean(state.compare)}, field(t('date'), at), today);

  const update = () => {
    setError(to, '');
    // A day being typed passes through other days: wait for two days in order.
    if (compare.checked && from.value && to.value && to.value < from.value) return setError(to, t('compare_order'));
    state.compare = compare.checked && from.value && to.value ? {from: from.value, to: to.value} : null;
    state.at = at.value || state.today;
    range.hidden = !compare.checked;
    single.hidden = compare.checked;
    changed();
  };
  for (const input of [at, from, to]) input.addEventListener('change', update);
  compare.addEventListener('change', update);
  today.addEventListener('click', () => {
    at.value = state.today;
    update();
  });
  const element = el('div', {class: 'time', role: 'group', 'aria-label': t('which_day')},
    single,
    el('label', {class: 'switch', for: 'compare-toggle'}, compare, t('compare')),
    range);
  const toToday = () => {
    compare.checked = false;
    at.value = state.today;
    update();
  };
  return {element, toToday};
}
