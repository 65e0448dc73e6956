/** Value finders: each returns matches sorted by start, non-overlapping, with exact spans. */
export { findMoney, type Money } from './money.js';
export { findCounts, type Count } from './count.js';
export { findDates, type DateValue } from './date.js';
export { findOrdinals, type Ordinal } from './ordinal.js';
export { parseNumeral, parseNumberWords, parseQuantity } from './number.js';
export { keepLongest, type Span } from './spans.js';
