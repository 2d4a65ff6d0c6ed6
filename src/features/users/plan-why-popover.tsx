/** "Why?" for one service plan: which sources turn it on, which turn it off, which are blocked. */
import {
  Button,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { User } from '../../api/types';
import { errorLine } from '../../lib/licensing/error-explanations';
import { sourceName, type PlanSources } from '../../lib/licensing/product-licenses';
import { PLAN_SWITCH_WORDS } from '../../lib/licensing/words';

const sources = (list: PlanSources['enabledBy']) =>
  list.length > 0 ? list.map(sourceName).join(', ') : 'no source';

/** The popover's words for one plan, each sentence whole. */
function why(plan: PlanSources) {
  const state = plan.on ? PLAN_SWITCH_WORDS.on : PLAN_SWITCH_WORDS.off;
  return {
    trigger: `Why is ${plan.name} ${plan.on ? 'on' : 'off'}?`,
    surface: `Why ${plan.name} is ${plan.on ? 'on' : 'off'}`,
    heading: `${plan.name} is ${state}`,
    enabledBy: `Enabled by: ${sources(plan.enabledBy)}`,
    disabledBy: `Disabled by: ${sources(plan.disabledBy)}`,
    copy:
      plan.capabilityStatus === 'Suspended'
        ? "The user's copy of this plan is Suspended: its data is kept for 30 days."
        : plan.capabilityStatus && plan.capabilityStatus !== 'Enabled'
          ? `The user's copy of this plan is ${plan.capabilityStatus}.`
          : null,
  };
}

export function PlanWhyPopover({
  user,
  plan,
}: {
  readonly user: User;
  readonly plan: PlanSources;
}) {
  const words = why(plan);
  return (
    <Popover withArrow trapFocus>
      <PopoverTrigger disableButtonEnhancement>
        <Button size="small" appearance="subtle" aria-label={words.trigger}>
          Why?
        </Button>
      </PopoverTrigger>
      <PopoverSurface aria-label={words.surface} style={{ maxWidth: 420 }}>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <Subtitle2 as="h3">{words.heading}</Subtitle2>
          <PopoverTrigger disableButtonEnhancement>
            <Button size="small" appearance="subtle" icon={<DismissRegular />} aria-label="Close" />
          </PopoverTrigger>
        </div>
        <ul>
          <li>
            <Text>{words.enabledBy}</Text>
          </li>
          <li>
            <Text>{words.disabledBy}</Text>
          </li>
          {plan.blockedBy.map((path) => (
            <li key={path.source.kind === 'group' ? path.source.groupId : 'direct'}>
              <Text>{`Blocked: ${sourceName(path.source)} could not be applied. ${errorLine(path, user)}`}</Text>
            </li>
          ))}
        </ul>
        {words.copy ? <Text>{words.copy}</Text> : null}
      </PopoverSurface>
    </Popover>
  );
}
