import type { FactType } from '../extract/model.js';

type Ref = { name: string } | null | undefined;
type Fields = Record<string, unknown>;

const name = (v: unknown): string => ((v as Ref)?.name ? `« ${(v as { name: string }).name} »` : '?');
const names = (v: unknown): string => (Array.isArray(v) && v.length ? v.map(name).join(', ') : '?');
const opt = (label: string, v: unknown): string => (v === undefined || v === null || v === '' ? '' : ` ${label} ${typeof v === 'object' ? name(v) : String(v)}`);

export function formatAmount(amount: unknown, currency: unknown): string {
  if (typeof amount !== 'number') return '?';
  const n = Math.round(amount).toLocaleString('fr-CA').replace(/\u202f|\u00a0/g, ' ');
  return `${n} ${typeof currency === 'string' ? currency : ''}`.trim();
}

/** One readable line per fact kind, from fields whose entities are references. */
const DESCRIBE: Record<FactType, (f: Fields) => string> = {
  role: (f) => `${name(f.person)} ${f.title ?? 'role'} of ${name(f.org)}${opt('—', f.status)}`,
  funding: (f) => `${name(f.recipient)} receives ${formatAmount(f.amount, f.currency)}${opt('from', f.funder)}${opt('through', f.program)}${opt('for', f.purpose)}`,
  transfer: (f) => `${name(f.from)} → ${name(f.to)}${Array.isArray(f.what) && f.what.length ? `: ${f.what.join(', ')}` : ''}`,
  partnership: (f) => `partnership of ${names(f.parties)}${opt('—', f.kind)}${opt('in', f.place)}`,
  mission: (f) => `${name(f.organizer)} mission to ${names(f.destinations)}${Array.isArray(f.participants) && f.participants.length ? ` with ${names(f.participants)}` : ''}${opt('size', f.size)}`,
  event: (f) => `${name(f.event)}${opt('in', f.place)}${opt('organized by', f.organizer)}${opt('attendance', f.attendance)}`,
  members: (f) => `${name(f.org)} ${f.kind === 'added' ? 'gains' : 'has'} ${f.approx ? 'about ' : ''}${String(f.count)} members`,
  office: (f) => `${name(f.org)} opens an office in ${name(f.place)}`,
  located: (f) => `${name(f.org)} is based in ${name(f.place)}`,
  founded: (f) => `${name(f.org)} founded in ${String(f.date ?? '?')}`,
  part_of: (f) => `${name(f.child)} is part of ${name(f.parent)}`,
  program: (f) => `${name(f.program)}${opt('run by', f.owner)}${typeof f.budget === 'number' ? ` budget ${formatAmount(f.budget, f.currency)}` : ''}${opt('launched', f.launched)}`,
};

export function describeFact(type: FactType, fields: Fields): string {
  return DESCRIBE[type](fields);
}
