import type { ReactElement } from 'react';
import { useSkin } from '../skins/SkinContext';

/** Inline SVG glyphs (24×24, stroked): nothing downloaded, so the panel works offline. */
const glyphs = {
  palette: (
    <>
      <path d="M12 3a9 9 0 1 0 0 18c1.1 0 1.8-.8 1.8-1.8 0-.5-.2-.9-.5-1.2-.3-.3-.5-.7-.5-1.2 0-1 .8-1.8 1.8-1.8H17a4 4 0 0 0 4-4C21 6.6 17 3 12 3Z" />
      <circle cx="7.5" cy="11" r="1.2" />
      <circle cx="10.5" cy="7" r="1.2" />
      <circle cx="15" cy="7.5" r="1.2" />
    </>
  ),
  home: (
    <>
      <path d="M3 10.5 12 3l9 7.5" />
      <path d="M5 9.5V20h5v-6h4v6h5V9.5" />
    </>
  ),
  users: (
    <>
      <circle cx="9" cy="8" r="3.5" />
      <path d="M2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6" />
      <circle cx="17" cy="9" r="2.5" />
      <path d="M17.5 14c2.4.3 4 2.1 4 4.5" />
    </>
  ),
  userPlus: (
    <>
      <circle cx="10" cy="8" r="3.5" />
      <path d="M3.5 20c0-3.6 2.9-6 6.5-6 1.3 0 2.5.3 3.5.9" />
      <path d="M18 14v6M15 17h6" />
    </>
  ),
  user: (
    <>
      <circle cx="12" cy="8" r="3.75" />
      <path d="M4.5 20.5c0-4.1 3.4-6.75 7.5-6.75s7.5 2.65 7.5 6.75" />
    </>
  ),
  accounts: (
    <>
      <rect x="3" y="4" width="18" height="7" rx="1.75" />
      <rect x="3" y="13" width="18" height="7" rx="1.75" />
      <path d="M7 7.5h2M7 16.5h2M14 7.5h3M14 16.5h3" />
    </>
  ),
  resellers: (
    <>
      <path d="M4 21V5a1 1 0 0 1 1-1h9a1 1 0 0 1 1 1v16" />
      <path d="M15 9h4a1 1 0 0 1 1 1v11" />
      <path d="M2.5 21h19M8 8h3M8 12h3M8 16h3" />
    </>
  ),
  settings: (
    <>
      <circle cx="12" cy="12" r="3" />
      <circle cx="12" cy="12" r="6.75" />
      <path d="M12 2.5v2.75M12 18.75v2.75M2.5 12h2.75M18.75 12h2.75M5.3 5.3l1.95 1.95M16.75 16.75l1.95 1.95M5.3 18.7l1.95-1.95M16.75 7.25l1.95-1.95" />
    </>
  ),
  account: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <circle cx="9" cy="11" r="2" />
      <path d="M5.75 16c.6-1.5 1.8-2.25 3.25-2.25s2.65.75 3.25 2.25M14.5 10h4M14.5 13.5h3" />
    </>
  ),
  password: (
    <>
      <circle cx="8" cy="15" r="4.25" />
      <path d="M11 12 20 3M16.5 6.5l2.25 2.25M14.25 8.75l2 2" />
    </>
  ),
  preferences: (
    <>
      <path d="M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1" />
      <circle cx="15" cy="6" r="2" />
      <circle cx="9" cy="12" r="2" />
      <circle cx="17" cy="18" r="2" />
    </>
  ),
  database: (
    <>
      <ellipse cx="12" cy="5.5" rx="7.5" ry="2.75" />
      <path d="M4.5 5.5v13c0 1.5 3.4 2.75 7.5 2.75s7.5-1.25 7.5-2.75v-13" />
      <path d="M4.5 12c0 1.5 3.4 2.75 7.5 2.75s7.5-1.25 7.5-2.75" />
    </>
  ),
  server: (
    <>
      <rect x="5.5" y="2.5" width="13" height="19" rx="2" />
      <path d="M8.5 6.5h7M8.5 10h7" />
      <circle cx="12" cy="16.5" r="1.25" />
    </>
  ),
  services: (
    <>
      <path d="M12 3 20.5 7.5 12 12 3.5 7.5 12 3Z" />
      <path d="m3.5 12 8.5 4.5 8.5-4.5" />
      <path d="m3.5 16.5 8.5 4.5 8.5-4.5" />
    </>
  ),
  serverGroup: (
    <>
      <rect x="2.5" y="4" width="8" height="6" rx="1.25" />
      <rect x="13.5" y="4" width="8" height="6" rx="1.25" />
      <rect x="8" y="15" width="8" height="6" rx="1.25" />
      <path d="M6.5 10v2.5h11V10M12 12.5V15" />
    </>
  ),
  network: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.5 3.75 5.5 3.75 9S14.5 18.5 12 21c-2.5-2.5-3.75-5.5-3.75-9S9.5 5.5 12 3Z" />
    </>
  ),
  activity: <path d="M3 12h4l2.5-6.5 5 13L17 12h4" />,
  plus: <path d="M12 5v14M5 12h14" />,
  logout: (
    <>
      <path d="M14.5 4H18a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3.5" />
      <path d="M9.5 8 5.5 12l4 4M5.5 12H15" />
    </>
  ),
  menu: <path d="M4 6.5h16M4 12h16M4 17.5h16" />,
  close: <path d="M6 6l12 12M18 6 6 18" />,
  copy: (
    <>
      <rect x="8.5" y="8.5" width="12" height="12" rx="2" />
      <path d="M15.5 5.5V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v8.5a2 2 0 0 0 2 2h.5" />
    </>
  ),
  wallet: (
    <>
      <path d="M19 7.5V6a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2v-8.5a2 2 0 0 0-2-2H5" />
      <circle cx="16.5" cy="14" r="1.25" />
    </>
  ),
  package: (
    <>
      <path d="M12 2.75 20.5 7v10L12 21.25 3.5 17V7L12 2.75Z" />
      <path d="M3.5 7 12 11.25 20.5 7M12 11.25v10M7.75 4.9l8.5 4.25" />
    </>
  ),
  flag: (
    <>
      <path d="M5 21V4" />
      <path d="M5 4.5c2.5-1.5 5-1.5 7 0s4.5 1.5 7 0v9c-2.5 1.5-5 1.5-7 0s-4.5-1.5-7 0" />
    </>
  ),
  receipt: (
    <>
      <path d="M6 3h12v18l-2.5-1.5L13 21l-2.5-1.5L8 21l-2-1.25V3Z" />
      <path d="M9 8h6M9 11.5h6M9 15h3.5" />
    </>
  ),
  receipts: (
    <>
      <path d="M8.5 3H20v16l-2-1.25L16 19l-2-1.25L12 19l-1.5-1V3" />
      <path d="M8.5 6H4v15l1.75-1 1.75 1 1.75-1 1.75 1" />
      <path d="M13 7.5h4M13 11h4" />
    </>
  ),
  briefcase: (
    <>
      <rect x="3" y="7" width="18" height="13" rx="2" />
      <path d="M9 7V5a1.5 1.5 0 0 1 1.5-1.5h3A1.5 1.5 0 0 1 15 5v2M3 12.5h18M11 12.5v1.5h2v-1.5" />
    </>
  ),
  clipboard: (
    <>
      <rect x="5" y="4.5" width="14" height="17" rx="2" />
      <path d="M9 4.5V4a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v.5a1.5 1.5 0 0 1-1.5 1.5h-3A1.5 1.5 0 0 1 9 4.5Z" />
      <path d="m8.5 11 1.25 1.25L12 10M8.5 16l1.25 1.25L12 15M14 11.25h2M14 16.25h2" />
    </>
  ),
  lifebuoy: (
    <>
      <circle cx="12" cy="12" r="9" />
      <circle cx="12" cy="12" r="3.75" />
      <path d="m5.6 5.6 3.75 3.75M14.65 14.65l3.75 3.75M18.4 5.6l-3.75 3.75M9.35 14.65 5.6 18.4" />
    </>
  ),
  inbox: (
    <>
      <path d="M3 13.5 5.5 5a1.5 1.5 0 0 1 1.45-1h10.1A1.5 1.5 0 0 1 18.5 5L21 13.5V19a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-5.5Z" />
      <path d="M3 13.5h5l1.5 2.5h5l1.5-2.5h5" />
    </>
  ),
  book: (
    <>
      <path d="M4 19.5V5a2 2 0 0 1 2-2h14v15H6a2 2 0 0 0-2 2 2 2 0 0 0 2 2h14" />
      <path d="M8.5 7.5h7" />
    </>
  ),
  bookEdit: (
    <>
      <path d="M4 19.5V5a2 2 0 0 1 2-2h9M4 19.5A2 2 0 0 0 6 21.5h5M4 19.5a2 2 0 0 1 2-2h5" />
      <path d="M19.5 8.5 14 14l-.5 3 3-.5 5.5-5.5a1.75 1.75 0 0 0-2.5-2.5Z" />
    </>
  ),
  certificate: (
    <>
      <circle cx="12" cy="9" r="5.5" />
      <path d="M9 13.6 7.5 21l4.5-2.5 4.5 2.5-1.5-7.4" />
      <path d="m9.75 9 1.5 1.5 3-3" />
    </>
  ),
  staff: (
    <>
      <circle cx="10" cy="7.5" r="3.5" />
      <path d="M3.5 20c0-3.6 2.9-6 6.5-6 .9 0 1.7.1 2.5.4" />
      <path d="m17.5 13 1.2 2.4 2.6.4-1.9 1.8.45 2.6-2.35-1.25-2.35 1.25.45-2.6-1.9-1.8 2.6-.4L17.5 13Z" />
    </>
  ),
  chip: (
    <>
      <rect x="6" y="6" width="12" height="12" rx="1.5" />
      <rect x="9.5" y="9.5" width="5" height="5" rx=".5" />
      <path d="M9.5 2.5V6M14.5 2.5V6M9.5 18v3.5M14.5 18v3.5M2.5 9.5H6M2.5 14.5H6M18 9.5h3.5M18 14.5h3.5" />
    </>
  ),
  mapPin: (
    <>
      <path d="M12 21.5s-7-6.2-7-11.75a7 7 0 0 1 14 0C19 15.3 12 21.5 12 21.5Z" />
      <circle cx="12" cy="9.75" r="2.5" />
    </>
  ),
  webhook: (
    <>
      <path d="M9.5 8.5a3.5 3.5 0 1 1 5.3 3L18 17" />
      <path d="M6.3 12.5 3.5 17.5a3.5 3.5 0 1 0 6.5 1.5h7.5" />
      <path d="M18 14a3.5 3.5 0 1 1-1.5 6.5M12 8.5 8.3 15" />
    </>
  ),
  mail: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="m3.5 6.5 8.5 6.5 8.5-6.5" />
    </>
  ),
  lock: (
    <>
      <rect x="4.5" y="10.5" width="15" height="10.5" rx="2" />
      <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3M12 14.5v2.5" />
    </>
  ),
  code: <path d="m8.5 7-5 5 5 5M15.5 7l5 5-5 5M13.5 4.5l-3 15" />,
  terminal: (
    <>
      <rect x="2.75" y="4" width="18.5" height="16" rx="2" />
      <path d="m7 9.5 3 2.5-3 2.5M12.5 15h4.5" />
    </>
  ),
  chevronDown: <path d="m6 9 6 6 6-6" />,
  search: (
    <>
      <circle cx="11" cy="11" r="6.5" />
      <path d="m16 16 4.5 4.5" />
    </>
  ),
  arrowLeft: <path d="M19 12H5M11 6l-6 6 6 6" />,
  check: <path d="m5 12.5 4.5 4.5L19 7.5" />,
  alert: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7.5V13M12 16.5h.01" />
    </>
  ),
  sun: (
    <>
      <circle cx="12" cy="12" r="4.25" fill="currentColor" />
      <path d="M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8" />
    </>
  ),
} satisfies Record<string, ReactElement>;

export type IconName = keyof typeof glyphs;

/** A decorative glyph. Text-only skins render no glyphs at all. */
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
      {glyphs[name]}
    </svg>
  );
}
