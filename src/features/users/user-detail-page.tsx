/** User (placeholder: the users engineer replaces it). */
import { PersonRegular } from '@fluentui/react-icons';
import { Blade } from '../../components/blade';
import { EmptyState } from '../../components/empty-state';

export function UserDetailPage() {
  return (
    <Blade title="User" subtitle="User" icon={<PersonRegular />}>
      <EmptyState title="Coming soon" description="This blade is being built." />
    </Blade>
  );
}
