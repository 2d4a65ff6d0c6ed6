/** The Assign dialog's optional plan toggles: every plan of the product, on unless switched off. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Switch,
  makeStyles,
} from '@fluentui/react-components';
import type { SubscribedSku } from '../../lib/graph/graph-types';
import { useAssignDraftStore } from './assign-draft-store';
import { friendlyPlanName } from './service-plans';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', maxHeight: '220px', overflowY: 'auto' },
});

export function PlanToggles({ sku }: { readonly sku: SubscribedSku }) {
  const styles = useStyles();
  const disabledPlans = useAssignDraftStore((s) => s.disabledPlans);
  const togglePlan = useAssignDraftStore((s) => s.togglePlan);
  const plans = sku.servicePlans ?? [];
  const on = plans.length - disabledPlans.length;
  return (
    <Accordion collapsible>
      <AccordionItem value="plans">
        <AccordionHeader>
          Service plans ({on} of {plans.length} on)
        </AccordionHeader>
        <AccordionPanel>
          <div className={styles.list} role="group" aria-label="Service plans">
            {plans.map((plan) => {
              const id = plan.servicePlanId ?? '';
              return (
                <Switch
                  key={id}
                  label={friendlyPlanName(id, plan.servicePlanName ?? id)}
                  checked={!disabledPlans.includes(id)}
                  onChange={(_e, data) => {
                    togglePlan(id, data.checked);
                  }}
                />
              );
            })}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
