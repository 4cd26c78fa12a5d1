import { useMemo, useState } from 'react';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { LANGUAGES } from '../../graphql/enums';
import type { BrandSettingsInput, Language } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { en } from '../../i18n/en';
import { searchKeys, withText } from './brandForm';

type Texts = BrandSettingsInput['texts'];

/**
 * Interface texts (LF-2): any message of the panel, in one language, in the company's own words.
 * The key is picked from the English catalog with a search; the list shows the overrides with a
 * way to remove each.
 */
export function BrandTextsField({
  texts,
  onChange,
  error,
}: {
  texts: Texts;
  onChange(texts: Texts): void;
  error: string | undefined;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [key, setKey] = useState('');
  const [language, setLanguage] = useState<Language>('EN');
  const [text, setText] = useState('');
  const catalog: Readonly<Record<string, string>> = en;
  const matches = useMemo(() => searchKeys(catalog, query), [catalog, query]);
  const chosen = key && key in catalog ? key : (matches[0] ?? '');

  function add() {
    if (!chosen || !text.trim()) return;
    onChange(withText(texts, language, chosen, text.trim()));
    setText('');
  }

  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="textSearch"
          testId="brand-text-search"
          label={t('brand.texts.search')}
          placeholder={t('brand.texts.searchPlaceholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setKey('');
          }}
        />
        <SelectField
          name="textKey"
          testId="brand-text-key"
          label={t('brand.texts.key')}
          value={chosen}
          onChange={(e) => setKey(e.target.value)}
        >
          {matches.length === 0 ? <option value="">{t('brand.texts.noMatch')}</option> : null}
          {matches.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </SelectField>
      </div>
      {chosen ? (
        <p className="text-xs text-muted" data-test-id="brand-text-original">
          {t('brand.texts.original', { text: catalog[chosen] ?? '' })}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <SelectField
          name="textLanguage"
          testId="brand-text-language"
          label={t('brand.texts.language')}
          value={language}
          onChange={(e) => setLanguage(e.target.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          name="textValue"
          testId="brand-text-value"
          label={t('brand.texts.text')}
          rows={2}
          maxLength={500}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <button
        type="button"
        data-test-id="brand-text-add"
        className="btn btn-secondary btn-sm"
        disabled={!chosen || !text.trim()}
        onClick={add}
      >
        {t('brand.texts.add')}
      </button>
      {error ? (
        <p className="field-error" data-test-id="error-settings.texts" role="alert">
          {error}
        </p>
      ) : null}
      {texts.length === 0 ? (
        <p className="text-sm text-muted">{t('brand.texts.none')}</p>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line" data-test-id="brand-texts">
          {texts.map((o) => (
            <li
              key={`${o.language}:${o.key}`}
              data-test-id="brand-text-row"
              data-key={o.key}
              data-language={o.language}
              className="flex items-start justify-between gap-4 px-4 py-2.5 text-sm"
            >
              <div className="min-w-0">
                <div className="font-mono text-xs text-muted">
                  {o.language} · {o.key}
                </div>
                <div className="break-words text-ink">{o.text}</div>
              </div>
              <button
                type="button"
                data-test-id="brand-text-remove"
                className="btn btn-ghost btn-sm"
                onClick={() => onChange(texts.filter((x) => x !== o))}
              >
                {t('brand.texts.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
