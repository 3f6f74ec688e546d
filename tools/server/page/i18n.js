// SPDX-License-Identifier: MIT
// Every word the page shows, in Dutch and English. The values sent to the API stay the CSV
// pair's English terms; only what people read is translated.
import {settings} from './api.js';

const words = {
  nl: {
    skip: 'Naar de inhoud', nav: 'Onderdelen', nav_clients: 'Cliënten', nav_wijk: 'Wijk', pseudonymise: 'Pseudoniemen', language: 'Taal',
    clients_title: 'Cliënten', clients_search: 'Zoek een cliënt', clients_none: 'Geen cliënten gevonden.', clients_contacts: 'contacten',
    clients_none_yet: 'Nog geen cliënt hier. Dit project heeft {count} andere mensen, bijvoorbeeld uit een import: maak wie u begeleidt cliënt.',
    make_client: 'Maak cliënt', make_client_named: 'Maak cliënt: {name}', client_made: '{name} is nu cliënt.',
    clients_search_more: 'En nog {count}: zoek op naam om ze te vinden.',
    add_client: 'Cliënt toevoegen', client_name: 'Naam van de cliënt', client_area: 'Buurtcode (mag leeg)', add: 'Toevoegen',
    client_added: '{name} is toegevoegd.', name_missing: 'Vul een naam in.',
    back: '← Alle cliënten', ecomap_of: 'Ecogram van {name}', ecomap_alt: 'Ecogram van {name}: {count} contacten',
    contacts: 'contacten', add_contact: 'Contact toevoegen', next_contact: 'Opslaan en volgende', save: 'Opslaan',
    name: 'Naam', pick_existing: 'Of kies iemand die al in het project staat:', picked: 'Gekozen: {name}', unpick: 'Toch een nieuw persoon',
    who: 'Wie is het?', relation: 'Soort contact', domain: 'Levensdomein (sector)', domain_auto: 'vanzelf, uit het soort contact',
    ring: 'Ring', strength: 'Sterkte', feeling: 'Gevoel', direction: 'Richting van de steun', support: 'Steun (P/G/A/E)', since: 'Sinds (mag leeg)',
    contact_added: '{name} is toegevoegd.', contact_saved: '{name} is opgeslagen.', self_tie: 'Een contact met zichzelf kan niet.',
    selected: 'Gekozen contact', edit_contact: 'Contact bewerken', tie_to_client: 'Contact met {name}', move: 'Verplaatsen',
    closer: 'Dichterbij', further: 'Verder weg', end_contact: 'Contact beëindigen', end_date: 'Beëindigd op', reason: 'Waarom (mag leeg)',
    ended: 'Het contact met {name} is beëindigd.', delete_contact: 'Verwijderen (per vergissing ingevoerd)',
    delete_confirm: '{name} verwijderen? Dit is voor een vergissing: de geschiedenis van dit contact verdwijnt (het logboek houdt het bij).',
    deleted: '{name} is verwijderd.', close_panel: 'Sluiten',
    connect: 'Contacten verbinden', connect_hint: 'Tik op twee contacten om ze te verbinden of los te maken.',
    connect_kind: 'Soort verbinding', connected: '{a} en {b} zijn verbonden.', disconnected: '{a} en {b} zijn niet meer verbonden.',
    connect_first: '{name} gekozen: tik nu op het tweede contact.',
    moved: '{name} staat nu in ring {ring}.', moved_sector: '{name} staat nu in {sector}.',
    which_day: 'Welke dag', date: 'Netwerk op', compare: 'Vergelijken', compare_order: 'De tweede dag ligt voor de eerste: kies eerst de vroegste dag.', compare_from: 'Van', compare_to: 'Tot', today: 'Vandaag',
    change_summary: '{gained} nieuw, {lost} verdwenen tussen {from} en {to}',
    print: 'Afdrukken', pdf: 'PDF (A4)', png: 'PNG', export: 'Project opslaan als', export_actors: 'CSV: actoren', export_ties: 'CSV: relaties', export_graphml: 'GraphML',
    stale: 'Iemand anders heeft dit intussen veranderd. Het netwerk is opnieuw geladen; probeer het nog eens.',
    failed: 'Dat lukte niet: {message}', no_contacts: 'Nog geen contacten. Voeg het eerste contact toe met het formulier.',
    wijk_title: 'De wijk', isolated_title: 'Bewoners die risico lopen op isolement', isolated_hint: 'Uit dezelfde analyse als wijknet isolated. Elke naam opent het ecogram.',
    agenda_title: 'Agenda voor het professionalsoverleg', agenda_hint: 'Organisaties die cliënten delen maar niet samenwerken.',
    fragmented_title: 'Cliënten met drie of meer professionals', col_name: 'Naam', col_area: 'Buurt', col_reasons: 'Waarom', col_contacts: 'Contacten',
    col_orgs: 'Organisaties', col_shared: 'Gedeelde cliënten', col_professionals: 'Professionals', col_fragmentation: 'Versnippering',
    col_coordinator: 'Voorgestelde regisseur', none_isolated: 'Niemand op de lijst.', none_agenda: 'Geen punten voor de agenda.',
    keys_hint: 'Toetsen op een gekozen contact: 1, 2, 3 zetten het in ring dichtbij, midden of ver.',
    by_area_title: 'Per buurt', by_area_hint: 'Aantallen onder de 10 worden niet getoond, zoals in elke uitvoer van wijknet.',
    col_residents: 'Bewoners', col_without: 'Zonder informeel contact', col_flagged: 'Op de lijst', suppressed: '< 10',
    ended_on: 'beëindigd op {date}',
    past_title: 'Terugkijken', past_note: 'Je ziet het netwerk zoals het was. Wijzigen doe je in het netwerk van vandaag.', to_today: 'Naar vandaag',
    loading: 'Laden…',
  },
  en: {
    skip: 'Skip to content', nav: 'Sections', nav_clients: 'Clients', nav_wijk: 'Neighbourhood', pseudonymise: 'Pseudonyms', language: 'Language',
    clients_title: 'Clients', clients_search: 'Search a client', clients_none: 'No clients found.', clients_contacts: 'contacts',
    clients_none_yet: 'No client here yet. This project holds {count} other people, from an import for instance: make the ones you support clients.',
    make_client: 'Make client', make_client_named: 'Make client: {name}', client_made: '{name} is now a client.',
    clients_search_more: 'And {count} more: search by name to find them.',
    add_client: 'Add a client', client_name: "Client's name", client_area: 'Buurt code (may be empty)', add: 'Add',
    client_added: '{name} was added.', name_missing: 'Fill in a name.',
    back: '← All clients', ecomap_of: 'Ecomap of {name}', ecomap_alt: 'Ecomap of {name}: {count} contacts',
    contacts: 'contacts', add_contact: 'Add a contact', next_contact: 'Save and next', save: 'Save',
    name: 'Name', pick_existing: 'Or pick someone already in the project:', picked: 'Picked: {name}', unpick: 'A new person after all',
    who: 'Who is it?', relation: 'Kind of tie', domain: 'Life domain (sector)', domain_auto: 'automatic, from the kind of tie',
    ring: 'Ring', strength: 'Strength', feeling: 'Feeling', direction: 'Direction of support', support: 'Support (P/G/A/E)', since: 'Since (may be empty)',
    contact_added: '{name} was added.', contact_saved: '{name} was saved.', self_tie: 'A tie to oneself is not possible.',
    selected: 'Selected contact', edit_contact: 'Edit contact', tie_to_client: 'Tie with {name}', move: 'Move',
    closer: 'Closer', further: 'Further away', end_contact: 'End the contact', end_date: 'Ended on', reason: 'Why (may be empty)',
    ended: 'The tie with {name} has ended.', delete_contact: 'Delete (entered by mistake)',
    delete_confirm: 'Delete {name}? This is for a mistake: the history of this contact goes (the log keeps it).',
    deleted: '{name} was deleted.', close_panel: 'Close',
    connect: 'Connect contacts', connect_hint: 'Tap two contacts to tie or untie them.',
    connect_kind: 'Kind of tie', connected: '{a} and {b} are tied.', disconnected: '{a} and {b} are no longer tied.',
    connect_first: '{name} picked: now tap the second contact.',
    moved: '{name} is now in ring {ring}.', moved_sector: '{name} is now in {sector}.',
    which_day: 'Which day', date: 'Network on', compare: 'Compare', compare_order: 'The second day comes before the first: choose the earlier day first.', compare_from: 'From', compare_to: 'To', today: 'Today',
    change_summary: '{gained} new, {lost} ended between {from} and {to}',
    print: 'Print', pdf: 'PDF (A4)', png: 'PNG', export: 'Save the project as', export_actors: 'CSV: actors', export_ties: 'CSV: ties', export_graphml: 'GraphML',
    stale: 'Someone else changed this meanwhile. The network was loaded again; please try again.',
    failed: 'That did not work: {message}', no_contacts: 'No contacts yet. Add the first contact with the form.',
    wijk_title: 'The neighbourhood', isolated_title: 'Residents at risk of isolation', isolated_hint: 'From the same analysis as wijknet isolated. Each name opens the ecomap.',
    agenda_title: "Agenda for the professionals' meeting", agenda_hint: 'Organisations that share clients but do not work together.',
    fragmented_title: 'Clients with three or more professionals', col_name: 'Name', col_area: 'Buurt', col_reasons: 'Why', col_contacts: 'Contacts',
    col_orgs: 'Organisations', col_shared: 'Shared clients', col_professionals: 'Professionals', col_fragmentation: 'Fragmentation',
    col_coordinator: 'Suggested coordinator', none_isolated: 'No one on the list.', none_agenda: 'Nothing for the agenda.',
    keys_hint: 'Keys on a selected contact: 1, 2, 3 put it in the close, middle or far ring.',
    by_area_title: 'Per buurt', by_area_hint: 'Counts under 10 are not shown, as in every output of wijknet.',
    col_residents: 'Residents', col_without: 'Without an informal tie', col_flagged: 'On the list', suppressed: '< 10',
    ended_on: 'ended on {date}',
    past_title: 'Looking back', past_note: 'You see the network as it was. Changes are made to the network of today.', to_today: 'Back to today',
    loading: 'Loading…',
  },
};

const terms = {
  actor_kind: {
    resident: ['bewoner', 'resident'], professional: ['professional', 'professional'], volunteer: ['vrijwilliger', 'volunteer'],
    organisation: ['organisatie', 'organisation'], place: ['plek', 'place'], group: ['groep', 'group'], unspecified: ['onbekend', 'unknown'],
  },
  tie_kind: {
    family: ['familie', 'family'], household: ['huishouden', 'household'], friend: ['vriend', 'friend'], neighbour: ['buur', 'neighbour'],
    colleague: ['collega', 'colleague'], volunteer_help: ['vrijwilligershulp', 'volunteer help'], membership: ['lidmaatschap', 'membership'],
    care: ['zorg', 'care'], employment: ['dienstverband', 'employment'], collaboration: ['samenwerking', 'collaboration'],
    referral: ['verwijzing', 'referral'], unspecified: ['kennen elkaar', 'know each other'],
  },
  closeness: {close: ['dichtbij', 'close'], middle: ['midden', 'middle'], far: ['ver', 'far']},
  strength: {strong: ['sterk', 'strong'], normal: ['normaal', 'normal'], weak: ['zwak', 'weak']},
  valence: {supportive: ['steunend', 'supportive'], neutral: ['neutraal', 'neutral'], stressful: ['belastend', 'stressful'], conflict: ['conflict', 'conflict']},
  // The client is the tie's source: to_source is support that reaches the client.
  direction: {to_source: ['naar de cliënt', 'to the client'], to_target: ['van de cliënt', 'from the client'], both: ['beide kanten', 'both ways'], none: ['geen', 'none']},
  support: {P: ['P: praktisch', 'P: practical'], G: ['G: gezelschap', 'G: company'], A: ['A: advies', 'A: advice'], E: ['E: emotioneel', 'E: emotional']},
  domain: {
    household_family: ['huishouden en familie', 'household and family'], friends: ['vrienden en kennissen', 'friends and acquaintances'],
    neighbourhood: ['buurt', 'neighbourhood'], work_school: ['werk, school en dagbesteding', 'work, school and day activities'],
    volunteers_groups: ['vrijwilligers en groepen', 'volunteers and groups'], formal_care: ['zorg en welzijn', 'formal care and welfare'],
  },
  reason: {
    no_informal_tie: ['geen informeel contact', 'no informal tie'], only_professional_contacts: ['alleen professionals', 'only professionals'],
    no_recent_tie: ['geen recent contact', 'no recent tie'], few_good_contacts: ['weinig goede contacten', 'few good contacts'],
    no_emotional_support: ['geen emotionele steun', 'no emotional support'], sole_carer: ['enige mantelzorger', 'sole carer'],
  },
};

/** The page's words in the chosen language, with {name} filled in. */
export function t(key, values = {}) {
  const text = (words[settings.lang] || words.nl)[key] ?? words.nl[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
}

/** A term of the vocabulary in the chosen language: term('tie_kind', 'family') is "familie". */
export function term(group, value) {
  const entry = terms[group]?.[value];
  if (!entry) return value || '';
  return entry[settings.lang === 'en' ? 1 : 0];
}

/** [{value, text}] for every term of a group, in the order people choose from. */
export function termOptions(group, values) {
  return (values || Object.keys(terms[group])).map((value) => ({value, text: term(group, value)}));
}

/** "1 maart 2025" for an ISO day. */
export function spelledDate(iso) {
  if (!iso) return '';
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString(settings.lang === 'en' ? 'en-GB' : 'nl-NL',
    {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
}

/** Fills elements marked data-text (and data-label) in the page's fixed parts. */
export function translateStatic(root = document) {
  document.documentElement.lang = settings.lang;
  for (const node of root.querySelectorAll('[data-text]')) node.textContent = t(node.dataset.text);
  for (const node of root.querySelectorAll('[data-label]')) node.setAttribute('aria-label', t(node.dataset.label));
}
