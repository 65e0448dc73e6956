import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { IngestError, parseFile, type SourceDocument } from '../../src/ingest/index.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));

function parseFixture(name: string): SourceDocument[] {
  return parseFile(`${FIXTURES}${name}`, readFileSync(`${FIXTURES}${name}`));
}

/** Every substring in `absent` must be gone from the text, every one in `present` kept. */
function assertText(doc: SourceDocument, present: string[], absent: string[]): void {
  for (const s of present) assert.ok(doc.text.includes(s), `${doc.id}: missing ${JSON.stringify(s)}`);
  for (const s of absent) assert.ok(!doc.text.includes(s), `${doc.id}: furniture left: ${JSON.stringify(s)}`);
}

test('plain text: title, dateline, byline read and removed; teasers and comment form cut', () => {
  const [doc] = parseFixture('levee-robotique.txt');
  assert.equal(doc!.id, 'levee-robotique');
  assert.equal(doc!.title, 'Une jeune pousse de Sherbrooke lève 4 millions pour ses logiciels de robotique');
  assert.equal(doc!.published, '2024-03-12');
  assert.equal(doc!.author, 'Julie Gagnon');
  assert.equal(doc!.lang, 'fr');
  assert.ok(doc!.text.startsWith('La jeune pousse Robotix Estrie, qui conçoit'), 'dateline prefix removed, paragraph kept');
  assertText(
    doc!,
    ['Une croissance rapide', '- 20 embauches prévues en 2024', 'La somme servira aussi à ouvrir un bureau à Toronto.'],
    ['lève 4 millions pour', 'Par Julie', 'Sherbrooke, le 12 mars', '(Photo:', 'À lire aussi', 'acquiert un concurrent', 'EXPERT INVITÉ', 'Commentaires', 'Mot de passe', '©'],
  );
  assert.ok(!/\n{3,}/.test(doc!.text) && doc!.text === doc!.text.trim(), 'paragraphs separated by exactly one blank line');
  const expectedHash = createHash('sha256').update(`${doc!.title}\n${doc!.published}\n${doc!.text}`).digest('hex');
  assert.equal(doc!.hash, expectedHash);
});

test('HTML: metadata from meta tags, article from Readability, page furniture gone', () => {
  const [doc] = parseFixture('incubateur-quebec.html');
  assert.equal(doc!.title, 'Un nouvel incubateur ouvre ses portes à Québec');
  assert.equal(doc!.published, '2023-09-14');
  assert.equal(doc!.author, 'Marc-André Roy');
  assertText(
    doc!,
    ['Un incubateur consacré aux entreprises du jeu vidéo', 'Un appel de candidatures', '- Douze places pour la première cohorte', 'affirme la directrice de l’incubateur, Sophie Lavoie.'],
    ['Accueil', 'Se connecter', 'Facebook', 'À lire aussi', 'Les studios de jeux de Montréal', 'Abonnez-vous', 'infolettre', '©', 'confidentialité', '(Photo:', 'Un nouvel incubateur ouvre'],
  );
});

test('HTML: date and author fall back to JSON-LD, <time> and the byline in the text', () => {
  const html = (head: string, body: string) =>
    Buffer.from(`<!doctype html><html><head><title>Titre | Site</title>${head}</head><body><article>${body}<p>${'Un paragraphe de texte assez long pour être retenu comme article. '.repeat(4)}</p></article></body></html>`);
  const rows: [string, Buffer, { published: string | null; author: string | null; title: string }][] = [
    ['JSON-LD', html('<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2022-01-05T10:00:00Z","author":[{"name":"Ana Lima"}]}]}</script>', ''), { published: '2022-01-05', author: 'Ana Lima', title: 'Titre' }],
    ['<time> and DC.date', html('<meta name="DC.date" content="2021-03-04">', '<time datetime="2020-01-01">1er janvier</time>'), { published: '2021-03-04', author: null, title: 'Titre' }],
    ['<time> only, byline in text', html('', '<p>Par Louis Caron</p><time datetime="2020-02-03T08:00">3 février</time>'), { published: '2020-02-03', author: 'Louis Caron', title: 'Titre' }],
  ];
  for (const [name, bytes, expected] of rows) {
    const [doc] = parseFile('page.html', bytes);
    assert.deepEqual({ published: doc!.published, author: doc!.author, title: doc!.title }, expected, name);
  }
});

test('RSS 2.0: one document per item, id = guid, else link, content:encoded before description', () => {
  const docs = parseFixture('nouvelles.rss');
  assert.equal(docs.length, 2);
  const [first, second] = docs;
  assert.equal(first!.id, 'techno-2024-0211');
  assert.ok(first!.source.endsWith('nouvelles.rss#1'));
  assert.equal(first!.title, 'Une firme de Trois-Rivières s’installe à Paris');
  assert.equal(first!.published, '2024-02-06');
  assert.equal(first!.author, 'Isabelle Côté');
  assertText(first!, ['ouvrira un bureau à Paris', 'cinq personnes'], ['Un résumé court', 'Partager', '<p>']);
  assert.equal(second!.id, 'https://techno.example/2024/02/exportations');
  assert.ok(second!.source.endsWith('nouvelles.rss#2'));
  assert.equal(second!.author, 'Paul Bergeron');
  assert.equal(second!.text, 'Les exportations québécoises de services numériques ont augmenté de 8 % l’an dernier, selon une étude publiée lundi.');
});

test('Atom: the entry id as id (else the link href), published before updated, HTML titles stripped', () => {
  const [first, second] = parseFixture('billets.atom');
  assert.deepEqual(
    [first!.id, first!.title, first!.published, first!.author, first!.lang],
    ['urn:uuid:entry-42', 'Montréal accueille un sommet sur l’IA', '2023-05-03', 'Nadia Belkacem', 'fr'],
  );
  assert.equal(first!.text, 'Plus de 2 000 personnes sont attendues cette semaine au Palais des congrès pour un sommet consacré à l’intelligence artificielle.\n\nDes chercheurs de Mila y présenteront leurs travaux récents.');
  assert.deepEqual([second!.id, second!.published, second!.lang], ['urn:uuid:entry-43', '2023-04-28', 'en']);
});

test('Markdown: first # heading is the title, markup stripped, soft wraps joined', () => {
  const [doc] = parseFixture('guide-infonuagique.md');
  assert.equal(doc!.title, 'Cinq conseils pour migrer vers l’infonuagique');
  assert.equal(doc!.published, '2022-06-01');
  assert.equal(doc!.author, 'Équipe Exemple');
  assert.equal(
    doc!.text,
    [
      'Les PME québécoises sont nombreuses à envisager la migration de leurs serveurs vers le nuage. Voici quelques conseils pratiques tirés de l’expérience d’entreprises de la région de Québec.',
      'Faire l’inventaire',
      '- Lister les applications utilisées',
      '- Repérer les données sensibles',
      'Une migration réussie commence par un bon inventaire, rappelle l’équipe.',
    ].join('\n\n'),
  );
});

test('feeds that are broken or empty fail with BAD_FEED, naming the file on one line', () => {
  for (const name of ['feed-tronque.xml', 'feed-vide.xml']) {
    assert.throws(
      () => parseFixture(name),
      (e: unknown) => e instanceof IngestError && e.code === 'BAD_FEED' && e.message.includes(name) && !e.message.includes('\n'),
      name,
    );
  }
});

const sniffed: [string, string, string][] = [
  ['notes', '<!DOCTYPE html><html><head><title>Une page</title></head><body><p>Un texte sans extension connue, mais en HTML bien formé.</p></body></html>', 'Un texte sans extension connue'],
  ['export.dat', '<?xml version="1.0"?><rss version="2.0"><channel><item><link>https://x.example/a</link><title>T</title><description>Une nouvelle de la semaine.</description></item></channel></rss>', 'Une nouvelle de la semaine.'],
  ['LISEZMOI', 'Un fichier de texte\n\nUne phrase de texte brut, avec une <balise> qui reste telle quelle.', 'avec une <balise> qui reste'],
];

test('unknown extensions are sniffed: HTML, feed, else plain text', () => {
  for (const [name, content, expected] of sniffed) {
    const [doc] = parseFile(name, Buffer.from(content));
    assert.ok(doc!.text.includes(expected), `${name}: ${JSON.stringify(doc!.text)}`);
  }
});

test('a windows-1252 HTML page declaring its charset keeps é, à, « » and ’', () => {
  const high: Record<string, number> = { '’': 0x92 };
  const page = '<html><head><meta charset="windows-1252"><title>Été à Québec</title></head><body><p>« L’été sera chargé à Québec », a dit la directrice, et les équipes sont prêtes à accueillir les visiteurs de partout.</p></body></html>';
  const [doc] = parseFile('ete.html', Buffer.from(Array.from(page, (c) => high[c] ?? c.charCodeAt(0))));
  assert.equal(doc!.title, 'Été à Québec');
  assert.ok(doc!.text.startsWith('« L’été sera chargé à Québec »'), doc!.text);
});

test('a windows-1252 text file comes out with é, à, « » and ’', () => {
  const text = 'La rentrée à Montréal\n\n« C’est une année record », a déclaré la présidente de l’association, qui représente des entreprises de logiciels.';
  const bytes = Buffer.from(Array.from(text, (c) => (c === '’' ? 0x92 : c.charCodeAt(0))));
  const [doc] = parseFile('rentree.txt', bytes);
  assert.equal(doc!.title, 'La rentrée à Montréal');
  assert.equal(doc!.text, '« C’est une année record », a déclaré la présidente de l’association, qui représente des entreprises de logiciels.');
});
