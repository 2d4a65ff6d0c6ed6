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
import { toGroupId, toUserId } from '../../lib/ids';
import { assignDraftReducer, draftChange, emptyDraft } from '../../lib/licensing/assign-draft';
import { pickerWords } from '../../lib/licensing/directory-candidates';
import { usePermission } from '../../lib/session/use-permission';
import type { Action } from '../../lib/session/roles';
import { useT, type Translate } from '../../lib/i18n/use-t';

/** Assign works when the role may assign to users or to groups. */
export const ASSIGN_ACTIONS: readonly Action[] = ['user.assignLicense', 'group.assignLicense'];

const assignedToast = (
  t: Translate,
  kind: DirectoryKind,
  names: readonly string[],
  product: string,
) =>
  kind === 'user'
    ? t('products.assign.usersHave', { count: names.length, names: names.join(', '), product })
    : t('products.assign.groupsHave', { product, names: names.join(', ') });

const target = (kind: DirectoryKind, id: string): LicenseTarget =>
  kind === 'user' ? { kind, id: toUserId(id) } : { kind, id: toGroupId(id) };

export function AssignLicenseDialog({
  product,
  onClose,
}: {
  readonly product: Product;
  readonly onClose: () => void;
}) {
  const t = useT();
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
        t('products.assign.done'),
        assignedToast(
          t,
          kind,
          done.map((d) => d.name),
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
      title={t('products.assign.title', { product: product.name })}
      submitLabel={t('products.assign.submit')}
      canSubmit={draft.targets.length > 0}
      busy={flow.busy}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <ErrorList
        title={t('products.assign.failed')}
        items={flow.failures.map((f) => ({ key: f.target.id, name: f.name, error: f.error }))}
      />
      <Field label={t('products.assign.to')}>
        <RadioGroup
          layout="horizontal"
          value={kind}
          onChange={(_e, data) => {
            setKind(data.value === 'group' ? 'group' : 'user');
            dispatch({ type: 'targets', targets: [] });
            picker.onTermChange('');
          }}
        >
          <Radio value="user" label={t('products.assign.users')} disabled={!mayAssignUsers} />
          <Radio value="group" label={t('products.assign.groups')} disabled={!mayAssignGroups} />
        </RadioGroup>
      </Field>
      <SearchPicker
        words={pickerWords(t, kind)}
        {...picker}
        picked={draft.targets}
        onToggle={(candidate, picked) => {
          dispatch({ type: 'target', target: candidate, picked });
        }}
      />
      <Accordion collapsible>
        <AccordionItem value="plans">
          <AccordionHeader>
            {t('products.assign.plansOn', { on, all: plans.length })}
          </AccordionHeader>
          <AccordionPanel>
            <SwitchList
              label={t('products.assign.plans')}
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
