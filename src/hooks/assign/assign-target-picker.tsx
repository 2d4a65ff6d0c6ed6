/** Assign to: Users or Groups (as the admin's role allows), then search and pick them. */
import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import type { DirectoryKind } from '../../api/types';
import { SearchPicker } from '../../components/search-picker';
import { pickerWords } from '../../lib/licensing/directory-candidates';
import { usePermission } from '../../lib/session/use-permission';
import { useT } from '../../lib/i18n/use-t';
import { useDirectoryPicker } from '../use-directory-picker';
import { pickedTarget, type AssignTarget } from './assign-target';

export interface AssignTargetPickerProps {
  readonly picked: readonly AssignTarget[];
  readonly onPickedChange: (targets: readonly AssignTarget[]) => void;
}

export function AssignTargetPicker({ picked, onPickedChange }: AssignTargetPickerProps) {
  const t = useT();
  const mayAssignUsers = usePermission('user.assignLicense').allowed;
  const mayAssignGroups = usePermission('group.assignLicense').allowed;
  const [kind, setKind] = useState<DirectoryKind>(mayAssignUsers ? 'user' : 'group');
  const { objects, ...picker } = useDirectoryPicker(kind);
  return (
    <>
      <Field label={t('licensing.assign.to')}>
        <RadioGroup
          layout="horizontal"
          value={kind}
          onChange={(_e, data) => {
            setKind(data.value === 'group' ? 'group' : 'user');
            onPickedChange([]);
            picker.onTermChange('');
          }}
        >
          <Radio value="user" label={t('licensing.assign.users')} disabled={!mayAssignUsers} />
          <Radio value="group" label={t('licensing.assign.groups')} disabled={!mayAssignGroups} />
        </RadioGroup>
      </Field>
      <SearchPicker
        words={pickerWords(t, kind)}
        {...picker}
        picked={picked}
        onToggle={(candidate, on) => {
          const rest = picked.filter((p) => p.id !== candidate.id);
          onPickedChange(on ? [...rest, pickedTarget(kind, candidate, objects)] : rest);
        }}
      />
    </>
  );
}
