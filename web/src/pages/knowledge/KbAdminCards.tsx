import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton';
import { CheckboxField, SelectField, TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import type { OutcomeReport } from '../../components/PageMessages';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { KbAdminQuery, Language } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import {
  CreateKbCategoryMutation,
  DeleteKbCategoryMutation,
  KbStatsQuery,
  SetKbSettingsMutation,
} from './knowledge.operations';

const LANGUAGES: readonly Language[] = ['EN', 'DE'];
const percent = (ratio: number | null | undefined) => (ratio == null ? null : `${Math.round(ratio * 100)} %`);

/** The dashboard figures: articles, answers, and questions answered without a ticket (none before a first article, on the home page). */
export function KbStatsCard({ hideWhenEmpty = false }: { hideWhenEmpty?: boolean }) {
  const t = useT();
  const stats = useQuery(KbStatsQuery, { fetchPolicy: 'cache-and-network' }).data?.kbStats;
  if (!stats || (hideWhenEmpty && stats.publishedArticles + stats.draftArticles === 0)) return null;
  const rows: Array<[string, string, string]> = [
    ['published', t('kbAdmin.stats.published'), String(stats.publishedArticles)],
    ['drafts', t('kbAdmin.stats.drafts'), String(stats.draftArticles)],
    ['views', t('kbAdmin.stats.views'), String(stats.views)],
    ['helpful', t('kbAdmin.stats.helpful'), percent(stats.helpfulRatio) ?? t('kbAdmin.stats.none')],
    ['deflections', t('kbAdmin.stats.deflections', { days: stats.periodDays }), String(stats.deflections)],
    ['rate', t('kbAdmin.stats.rate'), percent(stats.deflectionRate) ?? t('kbAdmin.stats.none')],
  ];
  return (
    <Card title={t('kbAdmin.stats')} testId="kb-stats">
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">
        {rows.map(([id, label, value]) => (
          <div key={id}>
            <dt className="text-xs text-muted">{label}</dt>
            <dd className="text-lg font-semibold" data-test-id={`kb-stats-${id}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

/** Whether the company's knowledge base is readable without signing in. */
export function KbSettingsCard({ isPublic, report }: { isPublic: boolean; report: OutcomeReport }) {
  const t = useT();
  const [save, saving] = useMutation(SetKbSettingsMutation, { refetchQueries: ['KbAdmin'], awaitRefetchQueries: true });
  return (
    <Card title={t('kbAdmin.settings')} testId="kb-settings">
      <CheckboxField
        testId="kb-public"
        label={t('kbAdmin.public')}
        hint={t('kbAdmin.publicHint')}
        checked={isPublic}
        disabled={saving.loading}
        onChange={(e) =>
          void save({ variables: { publicKnowledgeBase: e.target.checked } }).then(
            () => report.onDone(t('kbAdmin.saved')),
            report.onError,
          )
        }
      />
    </Card>
  );
}

type Category = KbAdminQuery['kbAdminCategories'][number];

/** The company's categories: the list, a form to add one, and deleting an empty one. */
export function KbCategoriesCard({ categories, report }: { categories: readonly Category[]; report: OutcomeReport }) {
  const t = useT();
  const [name, setName] = useState('');
  const [language, setLanguage] = useState<Language>('EN');
  const { errors, busy, run } = useFormSubmit(['name', 'slug', 'language']);
  const [create] = useMutation(CreateKbCategoryMutation, { refetchQueries: ['KbAdmin'], awaitRefetchQueries: true });
  const [remove, removing] = useMutation(DeleteKbCategoryMutation, {
    refetchQueries: ['KbAdmin'],
    awaitRefetchQueries: true,
  });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (await run(() => create({ variables: { input: { name, language } } }))) {
      setName('');
      report.onDone(t('kbAdmin.categoryAdded'));
    }
  }

  return (
    <Card title={t('kbAdmin.categories')} testId="kb-categories-admin">
      {categories.length === 0 ? (
        <p className="text-sm text-muted" data-test-id="kb-no-categories">
          {t('kbAdmin.noCategories')}
        </p>
      ) : (
        <ul className="mb-4 divide-y divide-line">
          {categories.map((c) => (
            <li key={c.id} className="flex items-center justify-between gap-2 py-2" data-test-id="kb-category-row">
              <span>
                {c.name} <span className="text-xs text-muted">({c.language})</span>
              </span>
              <ConfirmButton
                testId={`kb-category-delete-${c.id}`}
                label={t('kbAdmin.deleteCategory')}
                question={t('kbAdmin.deleteCategoryQuestion', { name: c.name })}
                busy={removing.loading}
                onConfirm={() =>
                  remove({ variables: { id: c.id } }).then(
                    () => report.onDone(t('kbAdmin.categoryDeleted')),
                    report.onError,
                  )
                }
              />
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void onSubmit(e)} className="flex flex-wrap items-end gap-3">
        <TextField
          name="name"
          testId="kb-category-name"
          label={t('kbAdmin.categoryName')}
          value={name}
          maxLength={100}
          error={errors.fields.name ?? errors.fields.slug}
          onChange={(e) => setName(e.target.value)}
          className="min-w-48 flex-1"
        />
        <SelectField
          name="language"
          testId="kb-category-language"
          label={t('kbAdmin.categoryLanguage')}
          value={language}
          onChange={(e) => setLanguage(e.target.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="btn btn-secondary" disabled={busy} data-test-id="kb-category-add">
          {t('kbAdmin.addCategory')}
        </button>
      </form>
      <FormError message={errors.general} />
    </Card>
  );
}
