import { loadDe } from './de';
import { en, type MessageKey } from './en';
import type { Placeholders, PlainKeysOf } from './placeholders';

export type { MessageKey } from './en';
export type LanguageCode = 'EN' | 'DE';

/** Variables a key needs: none for plain messages, an object naming every placeholder otherwise. */
export type VarsArg<K extends MessageKey> = [Placeholders<(typeof en)[K]>] extends [never]
  ? []
  : [vars: Record<Placeholders<(typeof en)[K]>, string | number>];

/** Keys of messages without placeholders: safe to keep in data (menus) and translate with no variables. */
export type PlainMessageKey = PlainKeysOf<typeof en>;

export type Translate = <K extends MessageKey>(key: K, ...vars: VarsArg<K>) => string;

/** The catalogs loaded so far: English, the reference and fallback, is always in. */
const catalogs: Partial<Record<LanguageCode, Record<MessageKey, string>>> = { EN: en };
const loaders: Record<Exclude<LanguageCode, 'EN'>, () => Promise<Record<MessageKey, string>>> = { DE: loadDe };
const loading = new Map<LanguageCode, Promise<void>>();

/** Whether `language`'s catalog is in: `translator` then speaks it, otherwise it falls back to English. */
export function catalogLoaded(language: LanguageCode): boolean {
  return catalogs[language] !== undefined;
}

/** Loads `language`'s catalog once; after a failure (a network error) the next call tries again. */
export function loadCatalog(language: LanguageCode): Promise<void> {
  if (language === 'EN' || catalogLoaded(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = loaders[language]().then(
      (catalog) => {
        catalogs[language] = catalog;
      },
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/** BCP 47 locale for dates and numbers. */
export const locales: Record<LanguageCode, string> = { EN: 'en-GB', DE: 'de-DE' };

/** Names of the placeholders in a message, in order of appearance. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/** A company's own wording of one message in one language (its theme's interface texts, LF-2). */
export interface TextOverride {
  language: string;
  key: string;
  text: string;
}

/** The overrides of one language, by key. */
export function overridesFor(language: LanguageCode, texts: readonly TextOverride[] | undefined): Map<string, string> {
  return new Map((texts ?? []).filter((o) => o.language === language).map((o) => [o.key, o.text]));
}

/**
 * Translates into `language`: the company's override first, then the catalog (once `loadCatalog` has
 * brought it in), then English. An
 * override's placeholders are filled like the catalog's; one it leaves out is simply not shown.
 */
export function translator(language: LanguageCode, overrides?: ReadonlyMap<string, string>): Translate {
  const catalog = catalogs[language] ?? en;
  return (key, ...args) => {
    const message = overrides?.get(key) ?? catalog[key] ?? en[key] ?? key;
    const vars = args[0] as Record<string, string | number> | undefined;
    if (!vars) return message;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}
