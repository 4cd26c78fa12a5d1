import { useSkin } from '../skins/SkinContext';
import sprite from './icons.svg?no-inline';
import type { IconName } from './iconNames';

export type { IconName };

/**
 * A decorative glyph: a <symbol> of icons.svg, one same-origin file with a hashed name (cached
 * for good, fetched once; nothing from elsewhere, so the panel works offline). The glyphs are not
 * in the panel's scripts, which every page load parses. Text-only skins render no glyphs at all.
 */
export function Icon({ name, className = 'size-5' }: { name: IconName; className?: string }) {
  const { textOnly } = useSkin();
  if (textOnly) return null;
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
      data-icon={name}
    >
      <use href={`${sprite}#${name}`} />
    </svg>
  );
}
