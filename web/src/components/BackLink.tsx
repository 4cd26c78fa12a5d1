import { Link } from 'react-router';
import { Icon } from './Icon';

/** The link above a title back to the list a page belongs to. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Link to={to} data-test-id="back" className="link inline-flex items-center gap-1">
      <Icon name="arrowLeft" className="size-4" />
      {label}
    </Link>
  );
}
