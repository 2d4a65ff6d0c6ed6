/**
 * "Why?" for one service plan: which sources turn it on, which turn it off, which are blocked.
 *
 * The close button inside the surface is a plain button closing a controlled popover, not a second
 * `PopoverTrigger`: every `PopoverTrigger` hands its child the popover's positioning target ref, so
 * a trigger inside the surface made the surface's own close button the anchor once it mounted, and
 * the popover opened at the top of the page, away from its Why? button.
 */
import { useState } from 'react';
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
import { planSwitchWords } from '../../lib/licensing/words';
import { useT, type Translate } from '../../lib/i18n/use-t';

const sources = (t: Translate, list: PlanSources['enabledBy']) =>
  list.length > 0
    ? list.map((source) => sourceName(t, source)).join(', ')
    : t('users.why.noSource');

/** The popover's words for one plan, each sentence whole. */
function why(t: Translate, plan: PlanSources) {
  const words = planSwitchWords(t);
  const state = plan.on ? words.on : words.off;
  const values = { plan: plan.name };
  return {
    trigger: t(plan.on ? 'users.why.triggerOn' : 'users.why.triggerOff', values),
    surface: t(plan.on ? 'users.why.surfaceOn' : 'users.why.surfaceOff', values),
    heading: t('users.why.heading', { plan: plan.name, state }),
    enabledBy: t('users.why.enabledBy', { sources: sources(t, plan.enabledBy) }),
    disabledBy: t('users.why.disabledBy', { sources: sources(t, plan.disabledBy) }),
    copy:
      plan.capabilityStatus === 'Suspended'
        ? t('users.why.suspended')
        : plan.capabilityStatus && plan.capabilityStatus !== 'Enabled'
          ? t('users.why.status', { status: plan.capabilityStatus })
          : null,
  };
}

/** Room kept between the popover and the window's edge (the Why? column is by the right edge). */
const POSITIONING = { overflowBoundaryPadding: 16 } as const;

export function PlanWhyPopover({
  user,
  plan,
}: {
  readonly user: User;
  readonly plan: PlanSources;
}) {
  const t = useT();
  const words = why(t, plan);
  const [open, setOpen] = useState(false);
  return (
    <Popover
      withArrow
      trapFocus
      positioning={POSITIONING}
      open={open}
      onOpenChange={(_, data) => {
        setOpen(data.open);
      }}
    >
      <PopoverTrigger disableButtonEnhancement>
        <Button size="small" appearance="subtle" aria-label={words.trigger}>
          {t('users.why.button')}
        </Button>
      </PopoverTrigger>
      <PopoverSurface aria-label={words.surface} style={{ maxWidth: 420 }}>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <Subtitle2 as="h3">{words.heading}</Subtitle2>
          <Button
            size="small"
            appearance="subtle"
            icon={<DismissRegular />}
            aria-label={t('users.why.close')}
            onClick={() => {
              setOpen(false);
            }}
          />
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
              <Text>
                {t('users.why.blocked', {
                  source: sourceName(t, path.source),
                  error: errorLine(t, path, user),
                })}
              </Text>
            </li>
          ))}
        </ul>
        {words.copy ? <Text>{words.copy}</Text> : null}
      </PopoverSurface>
    </Popover>
  );
}
