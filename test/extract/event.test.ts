import { test } from 'node:test';
import { checkRow, namedFacts, show, viaMarkup, type Row } from './helpers.js';

const rows: Row[] = [
  { text: "La 12e édition du [EVENT Salon Techno Beauce] s'est tenue les 3 et 4 mai à [LOC Saint-Georges] et a accueilli plus de 2 000 visiteurs.", published: '2022-05-10',
    want: [{ type: 'event', event: 'Salon Techno Beauce', date: '2022-05-03', end: '2022-05-04', place: 'Saint-Georges', attendance: 2000 }] },
  { text: 'The [EVENT Northern Code Summit], organized by [ORG Code Nord], drew 900 attendees to [LOC Sudbury] on September 14 and 15.', lang: 'en', published: '2022-09-20',
    want: [{ type: 'event', event: 'Northern Code Summit', organizer: 'Code Nord', attendance: 900, place: 'Sudbury', date: '2022-09-14', end: '2022-09-15' }] },
  // the organization holding its event, and the event's place in the sentence
  { text: "Le [ORG Réseau Mauricie Techno] tiendra son colloque annuel, [EVENT Mauricie 4.0], le 9 juin à [LOC Shawinigan].", published: '2022-05-10',
    want: [{ type: 'event', event: 'Mauricie 4.0', organizer: 'Réseau Mauricie Techno', date: '2022-06-09', place: 'Shawinigan' }] },
  // "l'événement" in the next sentence refers back to the event
  { text: "[ORG Jeux Boréaux] maintiendra son grand rendez-vous, le [EVENT Festival Boréal]. L'an dernier, l'événement avait attiré 3 000 festivaliers à [LOC Alma].", published: '2022-05-10',
    want: [{ type: 'event', event: 'Festival Boréal', attendance: 3000, place: 'Alma', organizer: 'Jeux Boréaux' }] },
  // the date nearest the name, not a past edition's ("l'an dernier")
  { text: "L'[ORG Institut des données] organisera du 14 au 16 novembre le [EVENT Colloque Données], qui avait attiré 450 participants l'an dernier.", published: '2022-09-05',
    want: [{ type: 'event', event: 'Colloque Données', date: '2022-11-14', end: '2022-11-16', organizer: 'Institut des données' }] },
  // an event named without date or attendance: nothing happened that we can say
  { text: "Les participants ont parlé du [EVENT Sommet Nordique] et de ses conférences.", none: ['event'] },
  // a count, a verb of attending, then the event
  { text: "Quelque 900 entrepreneurs, élus et chercheurs ont pris part mardi au [EVENT Rendez-vous numérique de la Montérégie].", published: '2023-05-05',
    want: [{ type: 'event', event: 'Rendez-vous numérique de la Montérégie', attendance: 900 }] },
  // a past edition is its own fact, and lends nothing to this year's
  { text: "Le [ORG Regroupement numérique] organisera le [EVENT Forum numérique régional] les 18 et 19 octobre à [LOC La Baie]. L'édition 2011 du [EVENT Forum numérique régional], présentée à [LOC Alma], avait attiré 420 participants.", published: '2012-06-14',
    want: [{ type: 'event', event: 'Forum numérique régional', date: '2012-10-18', place: 'La Baie' },
      { type: 'event', event: 'Forum numérique régional', date: '2011', place: 'Alma', attendance: 420 }] },
  { text: "[ORG Technout] hosts the [EVENT Gatineau Tech Summit] on May 3. The 2019 edition of the [EVENT Gatineau Tech Summit] drew 600 people in [LOC Gatineau].", lang: 'en', published: '2020-02-01',
    want: [{ type: 'event', event: 'Gatineau Tech Summit', date: '2019', attendance: 600 }] },
  // a first edition dated in its sentence is its own fact
  { text: "[ORG Code Beauce] hosts [EVENT HackBeauce] every year. The first [EVENT HackBeauce], held in a garage in [LOC Saint-Georges] in April 2016, had drawn 30 people.", lang: 'en', published: '2019-11-20',
    want: [{ type: 'event', event: 'HackBeauce', date: '2016-04', place: 'Saint-Georges', attendance: 30 }] },
  // a count, a verb of filling a venue, then "for" the event; the organizer's founding year is not the event's date
  { text: "Some 250 students packed the [ORG Cégep de Lévis] gymnasium last weekend for [EVENT Défi Code Lévis], organized by [ORG Lévis Numérique], a group founded in 2015.", lang: 'en', published: '2019-11-20',
    want: [{ type: 'event', event: 'Défi Code Lévis', attendance: 250, date: '2019-11-16', end: '2019-11-17' }] },
  // two weekdays joined by "et" are the event's first and last days (2023-05-05 is a Friday)
  { text: "Quelque 700 entrepreneurs ont pris part mardi et mercredi au [EVENT Rendez-vous numérique de l'Estrie].", published: '2023-05-05',
    want: [{ type: 'event', event: "Rendez-vous numérique de l'Estrie", date: '2023-05-02', end: '2023-05-03', attendance: 700 }] },
  // an earlier edition told after the event: its own fact, dated by its year or "last year's"
  { text: "Le [ORG Réseau TI Nord] tiendra son [EVENT Forum TI côtier] les 23 et 24 octobre à [LOC Baie-Comeau]. La précédente édition, présentée à [LOC Sept-Îles] en 2012, avait attiré quelque 220 participants.", published: '2013-03-12',
    want: [{ type: 'event', event: 'Forum TI côtier', date: '2012', place: 'Sept-Îles', attendance: 220 }, { type: 'event', event: 'Forum TI côtier', date: '2013-10-23' }] },
  { text: "She will speak at the [EVENT Outaouais Innovation Summit] on November 18. Last year's edition drew about 600 people to [LOC Gatineau].", lang: 'en', published: '2020-10-01',
    want: [{ type: 'event', event: 'Outaouais Innovation Summit', date: '2019', place: 'Gatineau', attendance: 600 }] },
];

for (const row of rows) test(`event: ${row.text.slice(0, 70)}`, () => checkRow(row));

test("event: a past edition's attendance is not this year's", () => {
  const facts = namedFacts(viaMarkup("Le [ORG Regroupement numérique] organisera le [EVENT Forum numérique régional] les 18 et 19 octobre à [LOC La Baie]. L'édition 2011 du [EVENT Forum numérique régional] avait attiré 420 participants.", { published: '2012-06-14' }));
  if (facts.some((f) => f.type === 'event' && f.date === '2012-10-18' && f.attendance !== undefined)) throw new Error(show(facts));
});
