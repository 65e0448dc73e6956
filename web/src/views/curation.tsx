import { useState } from 'preact/hooks';
import { api, ApiError } from '../api/client.js';
import { readToken, saveToken } from '../api/token.js';
import type { EntityProfile } from '../api/types.js';
import { EntityPicker } from '../components/entity-picker.js';
import { useI18n } from '../i18n/index.js';
import { clearApiCache } from '../lib/use-api.js';
import { href, navigate } from '../router.js';

export interface Curator {
  token: string | null;
  setToken: (t: string | null) => void;
}

export function useCurator(): Curator {
  const [token, set] = useState(readToken);
  return { token, setToken: (t) => { saveToken(t); set(t); } };
}

/** Runs a curation call; afterwards every cached answer is stale, and the page shows the new state. */
function useAction() {
  const { t } = useI18n();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (call: () => Promise<{ entity?: number | null } | unknown>, current: number | null, onChanged: () => void) => {
    setMessage(null);
    try {
      const out = (await call()) as { entity?: number | null } | null;
      clearApiCache();
      setMessage({ ok: true, text: t('curate.done') });
      if (current !== null && typeof out?.entity === 'number' && out.entity !== current) navigate(href(['entity', out.entity]));
      else onChanged();
    } catch (e) {
      const text = e instanceof ApiError && e.status === 404 && /^no route/.test(e.message) ? t('curate.unavailable') : (e as Error).message;
      setMessage({ ok: false, text });
    }
  };
  return { message, run };
}

export function CurationPanel({ p, curator, onChanged }: { p: EntityProfile; curator: Curator; onChanged: () => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const [name, setName] = useState(p.name);
  const [chosen, setChosen] = useState<string[]>([]);
  const { message, run } = useAction();
  if (!curator.token) {
    return (
      <details class="card curation">
        <summary>{t('curate.title')}</summary>
        <form onSubmit={(e) => { e.preventDefault(); if (draft.trim()) curator.setToken(draft.trim()); }}>
          <label>{t('curate.token')} <input type="password" value={draft} autocomplete="off" onInput={(e) => setDraft(e.currentTarget.value)} /></label>
          <button type="submit">{t('curate.tokenSave')}</button>
        </form>
      </details>
    );
  }
  const toggle = (n: string) => setChosen((c) => (c.includes(n) ? c.filter((x) => x !== n) : [...c, n]));
  return (
    <section class="card curation open">
      <h2>{t('curate.title')}</h2>
      <form class="row" onSubmit={(e) => { e.preventDefault(); run(() => api.rename(p.id, name), p.id, onChanged); }}>
        <input aria-label={t('curate.newName')} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <button type="submit" disabled={!name.trim() || name === p.name}>{t('curate.rename')}</button>
      </form>
      <div class="row">
        <EntityPicker id="merge-pick" label={t('curate.merge')} placeholder={t('curate.mergePick')} type={p.type}
          onPick={(other) => { if (other.id !== p.id) run(() => api.merge(p.id, other.id), p.id, onChanged); }} />
      </div>
      {p.names.length > 1 && (
        <form onSubmit={(e) => { e.preventDefault(); run(() => api.split(p.id, { names: chosen }), p.id, onChanged); }}>
          <p class="muted small">{t('curate.splitHint')}</p>
          <ul class="plain">{p.names.map((n) => (
            <li key={n.name}><label><input type="checkbox" checked={chosen.includes(n.name)} onChange={() => toggle(n.name)} /> {n.name}</label></li>
          ))}</ul>
          <button type="submit" disabled={chosen.length === 0}>{t('curate.split')}</button>
        </form>
      )}
      {message && <p class={message.ok ? 'ok' : 'error'} role="status">{message.text}</p>}
      <button type="button" class="link" onClick={() => curator.setToken(null)}>{t('curate.tokenForget')}</button>
    </section>
  );
}

export function RejectButton({ fact, onDone }: { fact: number; onDone: () => void }) {
  const { t } = useI18n();
  const { message, run } = useAction();
  return (
    <span class="reject">
      <button type="button" class="small danger" onClick={() => { if (confirm(t('curate.rejectConfirm'))) run(() => api.rejectFact(fact), null, onDone); }}>
        {t('curate.reject')}
      </button>
      {message && !message.ok && <span class="error small"> {message.text}</span>}
    </span>
  );
}
