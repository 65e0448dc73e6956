import type { EntityProfile, FactRecord, MoneyTotal, RoleReport } from '../api/types.js';
import { EntityLink } from '../components/entity-link.js';
import { SourceLink } from '../components/fact-line.js';
import { Section } from '../components/status.js';
import { useI18n } from '../i18n/index.js';
import { formatDate, formatMoney, formatNumber } from '../lib/format.js';
import { href } from '../router.js';

/** Member counts by date, as bars scaled to the largest count. */
export function MembersSection({ facts }: { facts: FactRecord[] }) {
  const { t, lang } = useI18n();
  const rows = facts.filter((f) => typeof f.fields.count === 'number' && f.fields.kind !== 'added')
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  if (rows.length === 0) return null;
  const max = Math.max(...rows.map((f) => f.fields.count as number));
  return (
    <Section title={t('profile.members')}>
      <table class="bars">
        <tbody>{rows.map((f) => (
          <tr key={f.id}>
            <th>{formatDate(f.date, lang)}</th>
            <td class="bar-cell"><span class="bar" style={{ width: `${(100 * (f.fields.count as number)) / max}%` }} /></td>
            <td class="num">{f.fields.approx ? '≈ ' : ''}{formatNumber(f.fields.count as number, lang)}</td>
            <td>{f.sources[0] && <SourceLink fact={f.id} source={f.sources[0]}>{t('common.source')}</SourceLink>}</td>
          </tr>
        ))}</tbody>
      </table>
    </Section>
  );
}

const CURRENT = new Set(['current', 'incoming']);

/** Who held which title when: one line per person, organization and title, latest report first. */
export function RolesSection({ roles, self }: { roles: RoleReport[]; self: number }) {
  const { t, lang } = useI18n();
  if (roles.length === 0) return null;
  const latest = new Map<string, RoleReport & { first: string | null }>();
  for (const r of roles) {
    const key = `${r.person?.id}:${r.org?.id}:${(r.title ?? '').toLowerCase()}`;
    const seen = latest.get(key);
    if (!seen) latest.set(key, { ...r, first: r.date });
    else {
      if ((r.date ?? '') > (seen.date ?? '')) Object.assign(seen, r, { first: seen.first });
      if ((r.date ?? '') < (seen.first ?? '')) seen.first = r.date;
    }
  }
  const all = [...latest.values()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const groups: [string, typeof all][] = [
    [t('profile.rolesCurrent'), all.filter((r) => CURRENT.has(r.status ?? 'current'))],
    [t('profile.rolesFormer'), all.filter((r) => !CURRENT.has(r.status ?? 'current'))],
  ];
  return (
    <Section title={t('profile.roles')}>
      {groups.filter(([, list]) => list.length).map(([label, list]) => (
        <div key={label} class="role-group">
          <h3>{label}</h3>
          <ul class="plain">{list.map((r) => {
            const other = r.person?.id === self ? r.org : r.person;
            return (
              <li key={r.fact}>
                {other && <EntityLink entity={other} />} {r.title && <span>— {r.title}</span>}{' '}
                <span class="muted">{formatDate(r.first, lang)}{r.first !== r.date ? ` → ${formatDate(r.date, lang)}` : ''}</span>{' '}
                <a class="source-link" href={href(['doc', r.doc], { fact: r.fact })}>{t('common.source')}</a>
              </li>
            );
          })}</ul>
        </div>
      ))}
    </Section>
  );
}

function Totals({ totals }: { totals: MoneyTotal[] }) {
  const { t, lang } = useI18n();
  return <>{totals.map((m) => <span class="total" key={m.currency ?? ''}>{formatMoney(m.total, m.currency, lang)} <span class="muted">({m.facts} {t('funding.facts')})</span></span>)}</>;
}

/** Funding received and given: totals per currency (the facts themselves are listed with the others). */
export function FundingSection({ p }: { p: EntityProfile }) {
  const { t } = useI18n();
  const { received, given } = p.funding;
  if (received.length === 0 && given.length === 0) return null;
  const rows: [string, MoneyTotal[]][] = [[t('profile.received'), received], [t('profile.given'), given]];
  return (
    <Section title={t('profile.funding')}>
      <dl class="funding-totals">{rows.filter(([, totals]) => totals.length).map(([label, totals]) => (
        <div key={label}><dt>{label}</dt><dd><Totals totals={totals} /></dd></div>
      ))}</dl>
    </Section>
  );
}
