import { Icon } from '../components/Icon';

/**
 * The company's mark: its logo (the name as its alternative text), else the sun icon, in the
 * header of every skin and above the sign-in card.
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
  return <Icon name="sun" className={`${size === 'frame' ? 'size-9' : 'size-7'} shrink-0 text-sun`} />;
}
