import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { TicketPriority } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { SetSupportTargetsMutation } from './support.operations';

interface Target {
  priority: TicketPriority;
  firstResponseMinutes: number;
  resolutionMinutes: number;
}

/** The company's targets per priority, in minutes (`targets-*`). */
export function TargetsCard({ targets, onDone }: { targets: readonly Target[]; onDone(message: string): void }) {
  const t = useT();
  const [values, setValues] = useState(() =>
    targets.map((x) => ({ ...x, first: String(x.firstResponseMinutes), resolution: String(x.resolutionMinutes) })),
  );
  const [save] = useMutation(SetSupportTargetsMutation, { refetchQueries: ['CannedReplies'] });
  const { errors, busy, run } = useFormSubmit([]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const ok = await run(() =>
      save({
        variables: {
          targets: values.map((v) => ({
            priority: v.priority,
            firstResponseMinutes: Number(v.first),
            resolutionMinutes: Number(v.resolution),
          })),
        },
      }),
    );
    if (ok) onDone(t('targets.saved'));
  }

  return (
    <Card title={t('targets.title')} testId="targets-card">
      <form noValidate onSubmit={(e) => void submit(e)} className="space-y-3">
        <p className="text-sm text-muted">{t('targets.intro')}</p>
        <FormError message={errors.general} />
        <table className="text-sm">
          <thead>
            <tr>
              <th scope="col" className="px-2 text-left">
                <span className="sr-only">{t('support.col.priority')}</span>
              </th>
              <th className="px-2 text-left">{t('targets.firstResponse')}</th>
              <th className="px-2 text-left">{t('targets.resolution')}</th>
            </tr>
          </thead>
          <tbody>
            {values.map((v, i) => (
              <tr key={v.priority} data-test-id="target-row" data-priority={v.priority}>
                <th className="pr-2 text-left">{t(`support.priority.${v.priority}`)}</th>
                {(['first', 'resolution'] as const).map((k) => (
                  <td key={k} className="px-2 py-1">
                    <input
                      className="input w-28"
                      inputMode="numeric"
                      data-test-id={`target-${k}`}
                      aria-label={`${t(`support.priority.${v.priority}`)} ${t(k === 'first' ? 'targets.firstResponse' : 'targets.resolution')}`}
                      value={v[k]}
                      onChange={(e) =>
                        setValues((all) => all.map((x, j) => (j === i ? { ...x, [k]: e.target.value } : x)))
                      }
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit" className="btn btn-primary" data-test-id="targets-save" disabled={busy}>
          {t('targets.save')}
        </button>
      </form>
    </Card>
  );
}
