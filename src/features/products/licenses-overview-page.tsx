/** Licenses → Overview (placeholder for the products engineer). */
import { Body1, Link } from '@fluentui/react-components';
import { ContactCardRegular } from '@fluentui/react-icons';
import { useNavigate } from '@tanstack/react-router';
import { Blade } from '../../components/blade';

export function LicensesOverviewPage() {
  const navigate = useNavigate();
  return (
    <Blade title="Licenses" subtitle="Overview" icon={<ContactCardRegular />}>
      <Body1>
        Manage Microsoft Entra group-based licensing: see which products your organization owns, which groups and users hold
        them, and why each assignment succeeded or failed.
      </Body1>
      <Link
        href="/licenses/products"
        onClick={(event) => {
          event.preventDefault();
          void navigate({ to: '/licenses/products', search: {} });
        }}
      >
        See all products
      </Link>
    </Blade>
  );
}
