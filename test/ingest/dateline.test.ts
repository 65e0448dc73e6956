import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readByline } from '../../src/ingest/byline.js';
import { choosePublished, readDateline } from '../../src/ingest/dateline.js';
import { parseMachineDate } from '../../src/ingest/dates.js';

const datelines: [string, { kind: string; iso: string | null; rest?: string } | null][] = [
  ['Publié le 07/11/2013 à 09:47, mis à jour le 07/11/2013 à 10:00', { kind: 'published', iso: '2013-11-07' }],
  ['Publié le 3 mai 2021', { kind: 'published', iso: '2021-05-03' }],
  ['Mis à jour le 8 mai 2021 à 14 h 05', { kind: 'updated', iso: null }],
  ['Rimouski, 8 Octobre 2013', { kind: 'bare', iso: '2013-10-08' }],
  ['lundi 1er février 2021', { kind: 'bare', iso: '2021-02-01' }],
  ['Gatineau, 14 juin 2019 – Une entreprise locale a remporté un prix.', { kind: 'prefix', iso: '2019-06-14', rest: 'Une entreprise locale a remporté un prix.' }],
  ['Montréal, le 3 mai 2021 — La firme annonce une acquisition.', { kind: 'prefix', iso: '2021-05-03', rest: 'La firme annonce une acquisition.' }],
  ['MONTREAL, May 3, 2021 /CNW/ - Acme Inc. announced today', { kind: 'prefix', iso: '2021-05-03', rest: 'Acme Inc. announced today' }],
  ['QUÉBEC (Québec), le 1er mai 2021 /CNW Telbec/ - La société', { kind: 'prefix', iso: '2021-05-01', rest: 'La société' }],
  ['Carleton-sur-Mer, 30 avril 2022 - Le projet avance.', { kind: 'prefix', iso: '2022-04-30', rest: 'Le projet avance.' }],
  // Not datelines: a title with a comma, a sentence that merely starts with a date, an impossible date.
  ['En retard, la jeune pousse revoit ses plans', null],
  ['Le 20 avril 2022, le gouvernement a fait une annonce.', null],
  ['Québec, 31 avril 2022', null],
];

test('readDateline recognizes datelines and keeps the paragraph after a prefix', () => {
  for (const [line, expected] of datelines) assert.deepEqual(readDateline(line), expected, line);
});

test('choosePublished prefers the dateline that opens a paragraph, else the first', () => {
  const bare = readDateline('Strasbourg, 8 Octobre 2013')!;
  const prefix = readDateline('Chandler, 21 octobre 2013 – Huit membres ont voyagé.')!;
  const updated = readDateline('Mis à jour le 9 octobre 2013')!;
  assert.equal(choosePublished([bare, prefix]), '2013-10-21');
  assert.equal(choosePublished([updated, bare]), '2013-10-08');
  assert.equal(choosePublished([updated]), null);
});

const bylines: [string, string | null][] = [
  ['Par Denis Dupont', 'Denis Dupont'],
  ['By Jane Doe', 'Jane Doe'],
  ['Par Jean Tremblay, Les Affaires', 'Jean Tremblay'],
  ['Par Marie-Ève D’Amours et Luc Dion', 'Marie-Ève D’Amours et Luc Dion'],
  ['Par Jean de La Fontaine', 'Jean de La Fontaine'],
  ['Par ailleurs, la firme a recruté dix personnes.', null],
  ['Par Courriel', null],
];

test('readByline returns the author without the outlet', () => {
  for (const [line, expected] of bylines) assert.equal(readByline(line), expected, line);
});

const machineDates: [string, string | null][] = [
  ['Tue, 06 Feb 2024 23:15:00 -0500', '2024-02-06'], // the local date, not shifted to UTC
  ['2023-09-14T08:30:00-04:00', '2023-09-14'],
  ['2013-10', '2013-10'],
  ['2013', '2013'],
  ['3 mai 2021', '2021-05-03'],
  ['n/a', null],
];

test('parseMachineDate reads metadata dates at their precision', () => {
  for (const [raw, expected] of machineDates) assert.equal(parseMachineDate(raw), expected, raw);
});
