import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/index.js';

/** Loading, error and empty states around a loaded value. */
export function Loading() {
  const { t } = useI18n();
  return <p class="muted" role="status">{t('common.loading')}</p>;
}

export function ErrorBox({ error }: { error: Error }) {
  const { t } = useI18n();
  return <p class="error" role="alert">{t('common.error', { message: error.message })}</p>;
}

export function Section({ title, children, id }: { title: string; children: ComponentChildren; id?: string }) {
  return (
    <section class="card" id={id}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
