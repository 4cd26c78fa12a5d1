import { Link } from 'react-router';
import { useViewer } from '../../session/SessionContext';
import { resellerPath } from './paths';

/**
 * A company's name where an admin sees whose something is: for the master admin a link to the
 * reseller's page (`company-link`); its own company, and any company for a reseller admin, as text.
 */
export function CompanyLink({ company }: { company: { id: string; name: string } }) {
  const viewer = useViewer();
  if (viewer.role !== 'MASTER_ADMIN' || company.id === viewer.reseller.id) return <>{company.name}</>;
  return (
    <Link to={resellerPath(company.id)} className="link" data-test-id="company-link">
      {company.name}
    </Link>
  );
}
