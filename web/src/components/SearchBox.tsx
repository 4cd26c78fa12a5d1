import { useEffect, useState, type FormEvent } from 'react';
import { Icon } from './Icon';
import { useT } from '../i18n/I18nProvider';
import { useSkin } from '../skins/SkinContext';

interface SearchBoxProps {
  /** Test id prefix: `<prefix>-search` (input), `<prefix>-search-submit` (button). */
  prefix: string;
  label: string;
  placeholder: string;
  value: string;
  onSearch(value: string): void;
}

/** A search input applied on Enter or with its button. */
export function SearchBox({ prefix, label, placeholder, value, onSearch }: SearchBoxProps) {
  const t = useT();
  const { textOnly } = useSkin();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    onSearch(draft);
  }

  return (
    <form role="search" onSubmit={onSubmit} className="flex min-w-56 flex-1 gap-2">
      <label className="relative min-w-0 flex-1">
        <span className="sr-only">{label}</span>
        <span className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-muted">
          <Icon name="search" className="size-4" />
        </span>
        <input
          type="search"
          data-test-id={`${prefix}-search`}
          className={textOnly ? 'input' : 'input pl-9'}
          placeholder={placeholder}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
      </label>
      <button type="submit" data-test-id={`${prefix}-search-submit`} className="btn btn-secondary">
        {t('common.search')}
      </button>
    </form>
  );
}
