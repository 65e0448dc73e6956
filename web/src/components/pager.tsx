import { useI18n } from '../i18n/index.js';

/** « 1–20 of 135 » with previous / next buttons. */
export function Pager({ total, limit, offset, onOffset }: { total: number; limit: number; offset: number; onOffset: (o: number) => void }) {
  const { t } = useI18n();
  if (total <= limit && offset === 0) return null;
  return (
    <nav class="pager">
      <button type="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>{t('common.previous')}</button>
      <span>{t('common.of', { from: Math.min(offset + 1, total), to: Math.min(offset + limit, total), total })}</span>
      <button type="button" disabled={offset + limit >= total} onClick={() => onOffset(offset + limit)}>{t('common.more')}</button>
    </nav>
  );
}
