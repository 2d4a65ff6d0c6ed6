/** "Why?" for one service plan: which sources turn it on, which turn it off, which are blocked. */
import {
  Button,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import type { User } from '../../lib/graph/graph-types';
import { errorText } from './license-errors';
import { sourceName, type PlanSources } from './license-model';

export interface PlanWhyPopoverProps {
  readonly user: User;
  readonly skuId: string;
  readonly plan: PlanSources;
  readonly groupName: (id: string) => string;
}

export function PlanWhyPopover({ user, skuId, plan, groupName }: PlanWhyPopoverProps) {
  const names = (sources: PlanSources['enabledBy']) =>
    sources.map((s) => sourceName(s, groupName)).join(', ');
  return (
    <Popover withArrow trapFocus>
      <PopoverTrigger disableButtonEnhancement>
        <Button
          size="small"
          appearance="subtle"
          aria-label={`Why is ${plan.name} ${plan.on ? 'on' : 'off'}?`}
        >
          Why?
        </Button>
      </PopoverTrigger>
      <PopoverSurface
        aria-label={`Why ${plan.name} is ${plan.on ? 'on' : 'off'}`}
        style={{ maxWidth: 420 }}
      >
        <Subtitle2 as="h3">
          {plan.name} is {plan.on ? 'On' : 'Off'}
        </Subtitle2>
        <ul>
          <li>
            <Text>
              Enabled by: {plan.enabledBy.length > 0 ? names(plan.enabledBy) : 'no source'}
            </Text>
          </li>
          <li>
            <Text>
              Disabled by: {plan.disabledBy.length > 0 ? names(plan.disabledBy) : 'no source'}
            </Text>
          </li>
          {plan.blockedBy.map((b) => (
            <li key={b.source.kind === 'group' ? b.source.groupId : 'direct'}>
              <Text>
                Blocked: {sourceName(b.source, groupName)} could not be applied.{' '}
                {errorText(user, skuId, b.error)}
              </Text>
            </li>
          ))}
        </ul>
        {plan.capabilityStatus && plan.capabilityStatus !== 'Enabled' ? (
          <Text>
            The user&apos;s copy of this plan is {plan.capabilityStatus}
            {plan.capabilityStatus === 'Suspended' ? ': its data is kept for 30 days.' : '.'}
          </Text>
        ) : null}
      </PopoverSurface>
    </Popover>
  );
}
