/**
 * A made-up news text (French first, some English) that exercises every tokenizer and value-finder
 * case; the sentences are written for these tests. Shared by the tests and by benchmarks, which
 * repeat it to reach ~1 MB.
 */
export const SAMPLE_TEXT = `Le Réseau Numérik lance un fonds de 25 millions de dollars

Publié le 12/03/2019 à 08:15, mis à jour le 12/03/2019 à 09:02

Par Julie Beauchemin

La présidente-directrice générale du réseau, Mme Anne-Marie D’Amours, a annoncé mardi l’ouverture d’un bureau à Saint-Jérôme. « Nous avons réuni près de 600 membres depuis 2015. Notre objectif : en recruter 80 nouveaux d’ici l'an prochain », explique-t-elle.

Le fonds, doté de 29 millions de dollars, s’ajoute à une enveloppe de 3,5 M$ consentie par Québec en novembre 2018. L'AQT et l’A.M.V.P.Q. y contribueront aussi, selon M. Jean-François O'Brien, directeur chez Imagin'air inc. qui compte une centaine d'employés.

Un prêt de 2 307 663 $ (soit 54,6 % du budget) a été octroyé au début de 2019 par Investissement Québec. Les revenus ont atteint 1,1 milliard de dollars l'an dernier, contre 950 000 $ en 2017.

En bref :
- 7e édition du Salon, du 5 au 12 octobre 2019, à Gaspésie–Îles-de-la-Madeleine
- plus de 420 participants, dont une vingtaine d'entreprises étrangères
- le XIIe colloque aura lieu le 1er mai 2020

Q. : Pourquoi maintenant? R. : Parce que le marché de l'e-commerce croît, p. ex. au Saguenay, etc. Les détails sont sur https://www.exemple-reseau.qc.ca/fonds?annee=2019, ou écrivez à info@exemple-reseau.qc.ca. Téléphone : 514 555-0199.

In English: the Montréal-based firm raised $4.2 million (US$3 million) from investors in March 2019, and plans to hire more than 400 people. "We are growing fast," said Dr. Smith of Acme Corp. The company's revenue rose to €5 million on May 3, 2019.

Web 2.0, COVID-19, l'Alliance 2.0 et l'article 12 de la loi ne sont pas des montants. Fondée en 1969, l’organisation a tenu sa 25e assemblée du 28 septembre au 2 octobre 2015 ; huit membres y étaient. Qu'a-t-on appris? Jusqu'à présent, quelque 300 entreprises, soit environ 1 200 travailleurs, ont adhéré.
`;
