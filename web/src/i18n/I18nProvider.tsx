import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { bytesFormatter } from './format';
import { locales, overridesFor, translator, type LanguageCode, type TextOverride, type Translate } from './translate';

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
 * Provides the language in effect (the viewer's preference, or the company default before sign-in)
 * and the company's own texts, which take precedence over the catalog's.
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
  const value = useMemo(() => makeI18n(language, texts), [language, texts]);
  useEffect(() => {
    document.documentElement.lang = language.toLowerCase();
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** The translate function: `t('key', { var: value })`. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}
