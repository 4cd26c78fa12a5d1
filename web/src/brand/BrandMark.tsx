/**
 * The company's mark: its logo (the name as its alternative text), else its initial on its primary
 * colour (as its default favicon): never anyone else's mark. In the header of every skin and above
 * the sign-in card.
 */
export function BrandMark({
  logoUrl,
  companyName,
  size,
}: {
  logoUrl: string | null;
  companyName: string;
  size: 'header' | 'frame';
}) {
  if (logoUrl) {
    return (
      <img
        src={logoUrl}
        alt={companyName}
        data-test-id="company-logo"
        className={`${size === 'frame' ? 'max-h-12 max-w-56' : 'max-h-9 max-w-44'} shrink-0 object-contain`}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      data-test-id="company-initial"
      className={`${size === 'frame' ? 'size-9 text-lg' : 'size-7 text-sm'} inline-flex shrink-0 items-center justify-center rounded-lg bg-brand-600 font-bold text-white`}
    >
      {(companyName.trim()[0] ?? '?').toUpperCase()}
    </span>
  );
}
