import { useI18n } from '../i18n/index.js';
import { toCsv, type Cell } from '../lib/csv.js';

/** A button that saves a table as CSV (built in the browser: the data is already here). */
export function CsvButton({ name, header, rows }: { name: string; header: string[]; rows: Cell[][] }) {
  const { t } = useI18n();
  const save = () => {
    const blob = new Blob(['\ufeff', toCsv(header, rows)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  return <button type="button" class="small csv" onClick={save}>{t('common.downloadCsv')}</button>;
}
