/** Groups (placeholder: the groups engineer replaces it). */
import { PeopleTeamRegular } from '@fluentui/react-icons';
import { Blade } from '../../components/blade';
import { EmptyState } from '../../components/empty-state';

export function GroupsPage() {
  return (
    <Blade title="Groups" subtitle="All groups" icon={<PeopleTeamRegular />}>
      <EmptyState title="Coming soon" description="This blade is being built." />
    </Blade>
  );
}
