import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { bytesFormatter } from './format';
import {
  catalogLoaded,
  loadCatalog,
  locales,
  overridesFor,
  translator,
  type LanguageCode,
  type TextOverride,
  type Translate,
} from './translate';

interface I18n {
  language: LanguageCode;
  t: Translate;
  formatDate(iso: string): string;
  /** A size for people: 0 B, 812 KB, 1.4 GB. */
  formatBytes(bytes: number): string;
}

const I18nContext = createContext<I18n>(makeI18n('EN'));

function makeI18n(language: LanguageCode, texts?: readonly TextOverride[]): I18n {
  const dates = new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeStyle: 'short' });
  return {
    language,
    t: translator(language, overridesFor(language, texts)),
    formatDate: (iso) => dates.format(new Date(iso)),
    formatBytes: bytesFormatter(locales[language]),
  };
}

/**
 * The language whose catalog is in: `language` once loaded, English if its catalog cannot be
 * fetched (the panel stays usable, as the translator's fallback would make it), null meanwhile.
 */
function useLoadedLanguage(language: LanguageCode): LanguageCode | null {
  const [failed, setFailed] = useState<LanguageCode | null>(null);
  const [, setLoaded] = useState<LanguageCode | null>(null);
  useEffect(() => {
    if (catalogLoaded(language)) return;
    let current = true;
    loadCatalog(language).then(
      () => current && setLoaded(language),
      () => current && setFailed(language),
    );
    return () => {
      current = false;
    };
  }, [language]);
  if (catalogLoaded(language)) return language;
  return failed === language ? 'EN' : null;
}

/**
 * Provides the language in effect (the viewer's preference, or the company default before sign-in)
 * and the company's own texts, which take precedence over the catalog's. Until the language's
 * catalog is in (German is fetched on first use), it shows an empty, busy placeholder rather than
 * untranslated keys or a moment of English.
 */
export function I18nProvider({
  language,
  texts,
  children,
}: {
  language: LanguageCode;
  texts?: readonly TextOverride[];
  children: ReactNode;
}) {
  const shown = useLoadedLanguage(language);
  const value = useMemo(() => shown && makeI18n(shown, texts), [shown, texts]);
  useEffect(() => {
    if (shown) document.documentElement.lang = shown.toLowerCase();
  }, [shown]);
  if (!value) return <div aria-busy="true" />;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** The translate function: `t('key', { var: value })`. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}
