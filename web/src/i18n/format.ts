const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** Sizes for people in a locale: 0 B, 812 KB, 1.4 GB (binary multiples, the way servers report them). */
export function bytesFormatter(locale: string): (bytes: number) => string {
  const figures = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (bytes) => {
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit += 1;
    }
    return `${figures.format(unit === 0 ? Math.round(value) : value)} ${UNITS[unit]}`;
  };
}
