import assert from 'node:assert/strict';
import { test } from 'node:test';
import { removeFurniture } from '../../src/ingest/furniture.js';

// Article prose long enough to count as body text (two sentences, over 200 characters).
const P1 =
  'La jeune pousse lavalloise a conclu une ronde de financement de deux millions de dollars auprès de trois fonds. ' +
  'Elle compte doubler son équipe de développeurs d’ici la fin de l’année prochaine, selon sa présidente.';
const P2 =
  'Le programme d’accompagnement durera six mois et sera offert à une dizaine d’entreprises de la région. ' +
  'Les candidatures seront reçues jusqu’au mois de septembre, a précisé l’organisme dans un communiqué publié lundi.';
const SHORT = 'Les détails de l’entente n’ont pas été dévoilés.';

/** [case, input lines, lines expected to remain] */
const cases: [string, string[], string[]][] = [
  [
    'teaser block after the article is cut to the end',
    [P1, P2, SHORT, 'À la une', 'Une autre firme déménage à Laval', 'Le déménagement touchera une centaine d’employés cette année.', 'EXPERT INVITÉ. Les marchés sont nerveux.'],
    [P1, P2, SHORT],
  ],
  [
    'comment section is cut even when a comment is long prose',
    [P1, P2, '3 commentaires', P1, 'Laisser une réponse', 'Vous connecter avec vos identifiants', 'ou', 'Create Account'],
    [P1, P2],
  ],
  [
    'section headings and list items inside the article stay',
    [P1, 'Des retombées concrètes', '- 130 millions de dollars pour la première phase', '- 12 projets soutenus', P2],
    [P1, 'Des retombées concrètes', '- 130 millions de dollars pour la première phase', '- 12 projets soutenus', P2],
  ],
  [
    'photo captions and sharing buttons are dropped wherever they are',
    [P1, 'La directrice générale, Anne Roy. (Photo: Exemple)', 'Facebook Twitter LinkedIn Courriel', P2, 'Photo : courtoisie'],
    [P1, P2],
  ],
  [
    'an inline "Lire aussi" pointer goes alone; the short paragraphs after it stay',
    [P1, 'Lire aussi : Une firme de Gatineau recrute', SHORT, 'La firme emploie aujourd’hui quarante personnes.'],
    [P1, SHORT, 'La firme emploie aujourd’hui quarante personnes.'],
  ],
  [
    'a menu "À la une" above the article goes alone; the title under it stays',
    ['À la une', 'Une jeune pousse lavalloise lève deux millions', P1, P2],
    ['Une jeune pousse lavalloise lève deux millions', P1, P2],
  ],
  [
    'a teaser block inside the text takes its headlines, not the prose after it',
    [P1, 'Sur le même sujet', 'Les studios de jeux embauchent moins', 'Une entreprise de Lévis mise sur la 5G', P2, SHORT],
    [P1, P2, SHORT],
  ],
  [
    'a sentence about a newsletter is news; a call to subscribe is furniture',
    [P1, 'L’infolettre de l’organisme compte 500 abonnés.', P2, 'Abonnez-vous à notre infolettre pour ne rien manquer.'],
    [P1, 'L’infolettre de l’organisme compte 500 abonnés.', P2],
  ],
  [
    'a press release ends at -30-',
    [P1, P2, '-30-', 'Source : Exemple inc.', 'Renseignements : Julie Roy, 418 555-0199'],
    [P1, P2],
  ],
  [
    'unlabelled tag lists closing the document go',
    [P1, P2, SHORT, 'Startups', 'Intelligence artificielle', 'Laval'],
    [P1, P2, SHORT],
  ],
  [
    'a source citation line is furniture',
    [P1, P2, 'Sources : https://exemple.example/nouvelle et https://autre.example/article'],
    [P1, P2],
  ],
  [
    'a photo caption near the end does not take the heading and list after it',
    [P1, P2, 'Le nouveau centre, à Lévis. (Photo: Exemple)', 'Les prochaines étapes', '- Ouverture en mai', '- Embauches à l’automne'],
    [P1, P2, 'Les prochaines étapes', '- Ouverture en mai', '- Embauches à l’automne'],
  ],
  [
    'a trailing cluster of sharing lines takes the labels among them',
    [P1, P2, SHORT, 'Partager cet article', 'Julie Roy', 'Facebook', 'Twitter'],
    [P1, P2, SHORT],
  ],
  ['a short document without furniture is untouched', ['Un titre', SHORT], ['Un titre', SHORT]],
];

test('removeFurniture keeps the article and drops the page around it', () => {
  for (const [name, input, expected] of cases) assert.deepEqual(removeFurniture(input), expected, name);
});
