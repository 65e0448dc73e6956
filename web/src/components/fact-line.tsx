import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import type { EntityRef, FactRecord, SourceRef } from '../api/types.js';
import { useI18n, type Translate } from '../i18n/index.js';
import type { MessageKey } from '../i18n/fr.js';
import { isRef, orderedFields } from '../lib/fact-fields.js';
import { formatDate, formatMoney, formatNumber } from '../lib/format.js';
import { href } from '../router.js';
import { EntityLink } from './entity-link.js';

const MONEY = new Set(['amount', 'budget']);
const DATES = new Set(['start', 'end', 'launched']);

/** The entity whose profile is shown: named in its own facts without a link to itself. */
export const SelfEntity = createContext<number | null>(null);

function Value({ name, value, fields }: { name: string; value: unknown; fields: Record<string, unknown> }) {
  const { t, lang } = useI18n();
  const self = useContext(SelfEntity);
  if (isRef(value)) return value.id === self ? <span class="self">{value.name}</span> : <EntityLink entity={value as EntityRef} />;
  if (Array.isArray(value)) return <>{value.map((v, i) => <>{i > 0 && ', '}<Value name={name} value={v} fields={fields} /></>)}</>;
  if (typeof value === 'number') {
    if (MONEY.has(name)) return <strong>{formatMoney(value, fields.currency as string, lang)}</strong>;
    return <strong>{fields.approx && name === 'count' ? '≈ ' : ''}{formatNumber(value, lang)}</strong>;
  }
  if (typeof value === 'string') {
    if (DATES.has(name)) return <>{formatDate(value, lang)}</>;
    if (name === 'status') return <>{translated(t, `status.${value}`, value)}</>;
    return <>{value}</>;
  }
  return <>{JSON.stringify(value)}</>;
}

function translated(t: Translate, key: string, fallback: string): string {
  const out = t(key as MessageKey);
  return out === key ? fallback : out;
}

/** Link to the article, opening on the fact's sentence. */
export function SourceLink({ fact, source, children }: { fact: number; source: SourceRef; children?: ComponentChildren }) {
  return <a class="source-link" href={href(['doc', source.doc], { fact })} title={source.text ?? undefined}>{children ?? source.title ?? source.doc}</a>;
}

/** One fact: its fields as labelled values, its date, and links to every source it came from. */
interface FactLineProps {
  fact: FactRecord;
  showKind?: boolean;
  actions?: ComponentChildren;
  /** In the source view: the fact whose sentence is marked. */
  selected?: boolean;
  onSelect?: () => void;
}

export function FactLine({ fact, showKind = false, actions, selected = false, onSelect }: FactLineProps) {
  const { t, lang } = useI18n();
  const keys = orderedFields(fact.type, fact.fields);
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => { if (selected) item.current?.scrollIntoView({ block: 'nearest' }); }, [selected]);
  return (
    <li ref={item} class={`fact kind-${fact.type}${selected ? ' selected' : ''}${onSelect ? ' selectable' : ''}`} data-fact={fact.id}
      onClick={onSelect && ((e) => { if (!(e.target as HTMLElement).closest('a, button')) onSelect(); })}>
      <span class="fact-date" title={fact.dateBasis === 'article' ? t('profile.factDate') : undefined}>
        {formatDate(fact.date, lang)}{fact.dateBasis === 'article' ? '*' : ''}
      </span>
      <span class="fact-body">
        {showKind && <span class={`kind-chip kind-${fact.type}`}>{t(`kind.${fact.type}`)}</span>}
        {keys.map((k) => (
          <span class="field" key={k}>
            <span class="label">{translated(t, `field.${k}`, k)}</span> <Value name={k} value={fact.fields[k]} fields={fact.fields} />
          </span>
        ))}
        {onSelect && <button type="button" class="small show-sentence" onClick={onSelect}>{t('source.showSentence')}</button>}
        {!onSelect && <span class="fact-sources">
          {fact.sources.slice(0, 3).map((s) => <SourceLink key={s.doc} fact={fact.id} source={s} />)}
          {fact.sourceCount > 3 && <span class="muted"> {t('common.sources', { n: fact.sourceCount })}</span>}
        </span>}
        {actions}
      </span>
    </li>
  );
}
