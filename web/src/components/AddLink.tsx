import { Link } from 'react-router';
import { Icon } from './Icon';

/** The primary "add …" action in a page header: a link to the page's create form. */
export function AddLink({ to, testId, label }: { to: string; testId: string; label: string }) {
  return (
    <Link to={to} data-test-id={testId} className="btn btn-primary">
      <Icon name="plus" className="size-4" />
      {label}
    </Link>
  );
}
