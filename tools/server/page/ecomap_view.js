// SPDX-License-Identifier: MIT
// The ecomap on screen: the SVG the server drew (the same renderer as the PDF), with a button
// over each contact where the server says it drew it. A tap or Enter selects a contact; a drag
// moves it to another ring or sector; keys 1, 2 and 3 do the same without dragging.
import {el} from './dom.js';
import {t, term} from './i18n.js';

const rings = ['close', 'middle', 'far'];
const dragThreshold = 6;  // CSS pixels a pointer moves before a press becomes a drag

export class EcomapView {
  /** handlers: select(actorId), move(actorId, {ring, sector}) */
  constructor(container, handlers) {
    this.container = container;
    this.handlers = handlers;
    this.drawing = null;
    this.image = null;
    this.spots = new Map();
  }

  /** Shows a drawing from /api/ecomap/ID.json; resolves once the picture is on screen. */
  async show(drawing, {selected = null, first = null, movable = true} = {}) {
    // The picture at the size it is shown: an SVG image is drawn at its own size first, and the
    // page's 842 x 595 points are more pixels than the screen gives it.
    const box = this.container.getBoundingClientRect();
    const svg = box.width > 0
      ? drawing.svg.replace(/width="[\d.]+pt" height="[\d.]+pt"/, `width="${Math.round(box.width)}" height="${Math.round(box.height)}"`)
      : drawing.svg;
    const url = URL.createObjectURL(new Blob([svg], {type: 'image/svg+xml'}));
    const image = el('img', {src: url, alt: t('ecomap_alt', {name: drawing.client.shown_as, count: drawing.placement.contacts.length}), draggable: 'false'});
    // Decoded in place, over the old picture, which goes once the new one can be shown: an
    // image decoded before it is in the page is decoded twice.
    this.container.append(image);
    await image.decode().catch(() => {});
    const old = this.image;
    if (old) {
      URL.revokeObjectURL(old.src);
      old.remove();
    }
    this.image = image;
    this.drawing = drawing;
    this.movable = movable;
    this.placeSpots(selected, first);
  }

  placeSpots(selected, first) {
    for (const spot of this.spots.values()) spot.remove();
    this.spots.clear();
    const {width, height, placement} = this.drawing;
    for (const contact of placement.contacts) {
      const {actor} = contact;
      // The button covers the symbol and the name, and is never under 44 px (set in CSS).
      const left = Math.min(contact.x - contact.radius, contact.label.x), right = Math.max(contact.x + contact.radius, contact.label.x + contact.label.width);
      const top = Math.min(contact.y - contact.radius, contact.label.y), bottom = Math.max(contact.y + contact.radius, contact.label.y + contact.label.height);
      const spot = el('button', {
        type: 'button', class: 'spot' + (actor.id === first ? ' first' : ''),
        'aria-pressed': String(actor.id === selected),
        'aria-label': `${actor.shown_as}, ${term('actor_kind', actor.kind)}, ${t('ring')} ${term('closeness', contact.ring)}`,
        dataset: {actor: actor.id},
      });
      spot.style.left = `${((left + right) / 2 / width) * 100}%`;
      spot.style.top = `${((top + bottom) / 2 / height) * 100}%`;
      spot.style.width = `${((right - left + 6) / width) * 100}%`;
      spot.style.height = `${((bottom - top + 6) / height) * 100}%`;
      this.listen(spot, contact);
      this.container.append(spot);
      this.spots.set(actor.id, spot);
    }
  }

  focus(actorId) {
    this.spots.get(actorId)?.focus();
  }

  listen(spot, contact) {
    let press = null;
    spot.addEventListener('pointerdown', (event) => {
      if (event.button !== 0 || !this.movable) return;
      press = {x: event.clientX, y: event.clientY, dragging: false, id: event.pointerId};
      spot.setPointerCapture(event.pointerId);
    });
    spot.addEventListener('pointermove', (event) => {
      if (!press || event.pointerId !== press.id) return;
      if (!press.dragging && Math.hypot(event.clientX - press.x, event.clientY - press.y) < dragThreshold) return;
      press.dragging = true;
      spot.classList.add('dragging');
      const box = this.container.getBoundingClientRect();
      spot.style.left = `${((event.clientX - box.left) / box.width) * 100}%`;
      spot.style.top = `${((event.clientY - box.top) / box.height) * 100}%`;
    });
    const finish = (event) => {
      if (!press || event.pointerId !== press.id) return;
      const dragged = press.dragging;
      press = null;
      spot.classList.remove('dragging');
      if (!dragged) return;
      spot.dataset.dragged = '1';  // the click that follows is not a tap
      const target = this.dropTarget(event.clientX, event.clientY);
      if (target.ring !== contact.ring || target.sector !== contact.sector) this.handlers.move(contact.actor.id, target);
      else this.placeSpots(this.selectedId(), null);
    };
    spot.addEventListener('pointerup', finish);
    spot.addEventListener('pointercancel', () => {
      press = null;
      spot.classList.remove('dragging');
      this.placeSpots(this.selectedId(), null);
    });
    spot.addEventListener('click', () => {
      if (spot.dataset.dragged) {
        delete spot.dataset.dragged;
        return;
      }
      this.handlers.select(contact.actor.id);
    });
    spot.addEventListener('keydown', (event) => {
      const ring = {'1': 'close', '2': 'middle', '3': 'far'}[event.key];
      if (!ring || !this.movable) return;
      event.preventDefault();
      if (ring !== contact.ring) this.handlers.move(contact.actor.id, {ring, sector: contact.sector});
    });
  }

  selectedId() {
    for (const [id, spot] of this.spots) if (spot.getAttribute('aria-pressed') === 'true') return id;
    return null;
  }

  /** The ring and sector under a point on the screen, from where the server drew them. */
  dropTarget(clientX, clientY) {
    const box = this.container.getBoundingClientRect();
    const {width, height, placement} = this.drawing;
    const x = ((clientX - box.left) / box.width) * width, y = ((clientY - box.top) / box.height) * height;
    const dx = x - placement.centre.x, dy = y - placement.centre.y;
    const distance = Math.hypot(dx, dy);
    const ring = rings[placement.ring_radius.findIndex((radius) => distance <= radius)] || 'far';
    // Sector angles run clockwise from the positive x axis and may pass 2π; try each turn.
    const angle = Math.atan2(dy, dx), full = 2 * Math.PI;
    const sector = placement.sectors.find((candidate) => [-full, 0, full].some((turn) =>
      angle + turn >= candidate.start_angle && angle + turn < candidate.end_angle))?.key ?? null;
    return {ring, sector};
  }
}
