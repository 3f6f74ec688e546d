// SPDX-License-Identifier: MIT
// Small helpers to build the page from elements, never from HTML strings (names typed by people
// must never be read as markup).

/** el('button', {class: 'primary', onclick: f}, 'Save') */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'class') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

let uniqueCount = 0;
/** An id no other element has, for labels and descriptions. */
export function uniqueId(stem) {
  uniqueCount += 1;
  return `${stem}-${uniqueCount}`;
}

/** A labelled field: label, control, and a place for its error in words. */
export function field(labelText, control, hint) {
  if (!control.id) control.id = uniqueId('field');
  const error = el('p', {class: 'field-error', id: `${control.id}-error`, hidden: true});
  const hintNode = hint ? el('p', {class: 'hint', id: `${control.id}-hint`}, hint) : null;
  const described = [hintNode ? hintNode.id : null, error.id].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', described);
  return el('div', {class: 'field'}, el('label', {for: control.id}, labelText), hintNode, control, error);
}

/** Shows `message` as the error of `control` (next to it, and announced), or clears it. */
export function setError(control, message) {
  const error = document.getElementById(`${control.id}-error`);
  if (!error) return;
  if (message) {
    error.textContent = message;
    error.hidden = false;
    control.setAttribute('aria-invalid', 'true');
  } else {
    error.textContent = '';
    error.hidden = true;
    control.removeAttribute('aria-invalid');
  }
}

/** A group of radio buttons or check boxes with one legend. */
export function choices(legendText, name, options, {type = 'radio', checked = []} = {}) {
  const set = el('fieldset', {}, el('legend', {}, legendText));
  const box = el('div', {class: 'choices'});
  for (const {value, text} of options) {
    const input = el('input', {type, name, value, checked: checked.includes(value)});
    box.append(el('label', {}, input, text));
  }
  set.append(box);
  return set;
}

/** The checked values of a group made by choices(). */
export function checkedValues(container, name) {
  return [...container.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);
}

export function setChecked(container, name, values) {
  for (const input of container.querySelectorAll(`input[name="${name}"]`)) input.checked = values.includes(input.value);
}

let statusTimer = null;
/** Says something briefly at the bottom of the screen and to screen readers. */
export function announce(message, {error = false} = {}) {
  const status = document.getElementById('status');
  status.textContent = message;
  status.classList.toggle('error', error);
  status.classList.add('shown');
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => status.classList.remove('shown'), error ? 7000 : 3500);
}
