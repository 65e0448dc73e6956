/**
 * Month names and abbreviations, French and English, lower case without the final period.
 * Accented and unaccented spellings both appear in real datelines ("fevrier", "aout").
 */
export const MONTHS: Record<string, number> = {
  // French
  janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fevr: 2, fév: 2, fev: 2, mars: 3, avril: 4, avr: 4,
  mai: 5, juin: 6, juillet: 7, juil: 7, août: 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10,
  novembre: 11, nov: 11, décembre: 12, decembre: 12, déc: 12, dec: 12,
  // English
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, october: 10, november: 11, december: 12,
};

/** Weekday names that may open a date ("lundi 21 octobre 2013", "Monday, May 3, 2021"). */
export const WEEKDAYS = [
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
];
