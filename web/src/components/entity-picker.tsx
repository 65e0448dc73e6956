import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/client.js';
import type { EntitySummary, EntityType } from '../api/types.js';
import { useI18n } from '../i18n/index.js';
import { TypeBadge } from './entity-link.js';

interface Props {
  placeholder: string;
  label: string;
  type?: EntityType;
  initial?: string;
  /** An entity chosen from the suggestions. */
  onPick: (e: EntitySummary) => void;
  /** Enter pressed with no suggestion chosen. */
  onSubmit?: (q: string) => void;
  id?: string;
}

/** A text box that suggests entities as one types (names and aliases starting with the text). */
export function EntityPicker({ placeholder, label, type, initial = '', onPick, onSubmit, id }: Props) {
  const { t } = useI18n();
  const [q, setQ] = useState(initial);
  const [items, setItems] = useState<EntitySummary[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const listId = `${id ?? 'picker'}-list`;
  const timer = useRef<number>();

  useEffect(() => setQ(initial), [initial]);
  useEffect(() => {
    const text = q.trim();
    if (text.length < 2) return setItems([]);
    const ctrl = new AbortController();
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      api.entities({ q: text, type, limit: 8 }, ctrl.signal).then((p) => { setItems(p.items); setActive(-1); }, () => {});
    }, 120);
    return () => { ctrl.abort(); window.clearTimeout(timer.current); };
  }, [q, type]);

  const choose = (e: EntitySummary) => { setOpen(false); onPick(e); };
  const onKey = (ev: KeyboardEvent) => {
    if (ev.key === 'ArrowDown') { ev.preventDefault(); setOpen(true); setActive((a) => Math.min(items.length - 1, a + 1)); }
    else if (ev.key === 'ArrowUp') { ev.preventDefault(); setActive((a) => Math.max(-1, a - 1)); }
    else if (ev.key === 'Escape') setOpen(false);
    else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (open && active >= 0 && items[active]) choose(items[active]!);
      else { setOpen(false); onSubmit?.(q.trim()); }
    }
  };
  const shown = open && items.length > 0;
  return (
    <div class="picker">
      <input
        id={id} type="search" value={q} placeholder={placeholder} aria-label={label} autocomplete="off"
        role="combobox" aria-expanded={shown} aria-controls={listId} aria-autocomplete="list"
        onInput={(e) => { setQ(e.currentTarget.value); setOpen(true); }}
        onKeyDown={onKey} onFocus={() => setOpen(true)} onBlur={() => window.setTimeout(() => setOpen(false), 150)}
      />
      {shown && (
        <ul class="suggestions" role="listbox" id={listId}>
          {items.map((e, i) => (
            <li key={e.id} role="option" aria-selected={i === active} class={i === active ? 'active' : ''}
              onMouseDown={(ev) => { ev.preventDefault(); choose(e); }}>
              <span class="name">{e.name}</span>
              {e.aliases[0] && <span class="muted"> ({e.aliases.slice(0, 2).join(', ')})</span>}
              {' '}<TypeBadge type={e.type} />
              <span class="muted count">{t('search.documents', { n: e.documents })}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
