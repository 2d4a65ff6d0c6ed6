/** Assign: give the product to users or groups, with optional plan toggles; Graph errors shown in words. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import { useReducer, useState } from 'react';
import type { DirectoryKind, Product } from '../../api/types';
import type { LicenseTarget } from '../../api/writes';
import { ErrorList } from '../../components/error-list';
import { FormDialog } from '../../components/form-dialog';
import { SearchPicker, type Candidate } from '../../components/search-picker';
import { SwitchList } from '../../components/switch-list';
import { useNotify } from '../../components/toasts';
import { useAssignFlow } from '../../hooks/use-assign-flow';
import { useDirectoryPicker } from '../../hooks/use-directory-picker';
import { formatCount } from '../../lib/format';
import { toGroupId, toUserId } from '../../lib/ids';
import { assignDraftReducer, draftChange, emptyDraft } from '../../lib/licensing/assign-draft';
import { PICKER_WORDS } from '../../lib/licensing/directory-candidates';
import { usePermission } from '../../lib/session/use-permission';
import type { Action } from '../../lib/session/roles';

/** Assign works when the role may assign to users or to groups. */
export const ASSIGN_ACTIONS: readonly Action[] = ['user.assignLicense', 'group.assignLicense'];

const plansOnInWords = (on: number, all: number) =>
  `Service plans (${formatCount(on)} of ${formatCount(all)} on)`;

const assignedToast = (kind: DirectoryKind, names: readonly string[], product: string) =>
  kind === 'user'
    ? `${names.join(', ')} now ${names.length === 1 ? 'has' : 'have'} ${product}.`
    : `${product} assigned to ${names.join(', ')}. Members are being processed.`;

const target = (kind: DirectoryKind, id: string): LicenseTarget =>
  kind === 'user' ? { kind, id: toUserId(id) } : { kind, id: toGroupId(id) };

export function AssignLicenseDialog({
  product,
  onClose,
}: {
  readonly product: Product;
  readonly onClose: () => void;
}) {
  const notify = useNotify();
  const mayAssignUsers = usePermission('user.assignLicense').allowed;
  const mayAssignGroups = usePermission('group.assignLicense').allowed;
  const [kind, setKind] = useState<DirectoryKind>(mayAssignUsers ? 'user' : 'group');
  const [draft, dispatch] = useReducer(
    assignDraftReducer<Candidate>,
    emptyDraft<Candidate>({ skuIds: [product.skuId] }),
  );
  const picker = useDirectoryPicker(kind);
  const flow = useAssignFlow();
  const plans = product.plans.filter((p) => p.appliesTo === 'User');
  const on = plans.filter((p) => !draft.off.includes(p.id)).length;

  const submit = async () => {
    const { done, failed } = await flow.submit(
      draft.targets.map((t) => ({ target: target(kind, t.id), name: t.name })),
      draftChange(draft),
    );
    if (done.length > 0)
      notify.success(
        'License assigned',
        assignedToast(
          kind,
          done.map((t) => t.name),
          product.name,
        ),
      );
    if (failed.length === 0) onClose();
    else
      dispatch({
        type: 'targets',
        targets: draft.targets.filter((t) => failed.some((f) => f.target.id === t.id)),
      });
  };

  return (
    <FormDialog
      title={`Assign ${product.name}`}
      submitLabel="Assign"
      canSubmit={draft.targets.length > 0}
      busy={flow.busy}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <ErrorList
        title="Could not assign the license"
        items={flow.failures.map((f) => ({ key: f.target.id, name: f.name, error: f.error }))}
      />
      <Field label="Assign to">
        <RadioGroup
          layout="horizontal"
          value={kind}
          onChange={(_e, data) => {
            setKind(data.value === 'group' ? 'group' : 'user');
            dispatch({ type: 'targets', targets: [] });
            picker.onTermChange('');
          }}
        >
          <Radio value="user" label="Users" disabled={!mayAssignUsers} />
          <Radio value="group" label="Groups" disabled={!mayAssignGroups} />
        </RadioGroup>
      </Field>
      <SearchPicker
        words={PICKER_WORDS[kind]}
        {...picker}
        picked={draft.targets}
        onToggle={(candidate, picked) => {
          dispatch({ type: 'target', target: candidate, picked });
        }}
      />
      <Accordion collapsible>
        <AccordionItem value="plans">
          <AccordionHeader>{plansOnInWords(on, plans.length)}</AccordionHeader>
          <AccordionPanel>
            <SwitchList
              label="Service plans"
              scroll
              rows={plans.map((p) => ({
                id: p.id,
                label: p.name,
                checked: !draft.off.includes(p.id),
              }))}
              onToggle={(id, checked) => {
                const plan = plans.find((p) => p.id === id);
                if (plan) dispatch({ type: 'plans', planIds: [plan.id], on: checked });
              }}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </FormDialog>
  );
}
