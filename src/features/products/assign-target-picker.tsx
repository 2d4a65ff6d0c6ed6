/** The Assign dialog's "who": users or groups, found by name, picked with checkboxes. */
import {
  Caption1,
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  SearchBox,
  Spinner,
  Tag,
  TagGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { useAssignPermissions } from './assign-button';
import { useAssignDraftStore, type AssignTargetKind } from './assign-draft-store';
import { useDirectorySearch } from './use-directory-search';

const useStyles = makeStyles({
  results: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    maxHeight: '220px',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  detail: {
    color: tokens.colorNeutralForeground3,
    display: 'block',
    marginInlineStart: '32px',
    marginTop: `-${tokens.spacingVerticalXS}`,
  },
  item: { padding: `${tokens.spacingVerticalXXS} 0` },
});

export function AssignTargetPicker() {
  const styles = useStyles();
  const [term, setTerm] = useState('');
  const kind = useAssignDraftStore((s) => s.kind);
  const targets = useAssignDraftStore((s) => s.targets);
  const setKind = useAssignDraftStore((s) => s.setKind);
  const toggleTarget = useAssignDraftStore((s) => s.toggleTarget);
  const allowed = useAssignPermissions();
  const search = useDirectorySearch(kind, term);
  const noun = kind === 'user' ? 'users' : 'groups';

  return (
    <>
      <Field label="Assign to">
        <RadioGroup
          layout="horizontal"
          value={kind}
          onChange={(_e, data) => {
            setKind(data.value as AssignTargetKind);
            setTerm('');
          }}
        >
          <Radio value="user" label="Users" disabled={!allowed.user} />
          <Radio value="group" label="Groups" disabled={!allowed.group} />
        </RadioGroup>
      </Field>
      <SearchBox
        aria-label={`Search ${noun}`}
        placeholder={`Search ${noun} by name`}
        value={term}
        onChange={(_e, data) => {
          setTerm(data.value);
        }}
      />
      {search.isError ? (
        <ErrorMessage title={`Could not search ${noun}`} error={search.error} />
      ) : null}
      {search.isPending ? <Spinner size="tiny" label={`Searching ${noun}`} /> : null}
      {search.data ? (
        <ul className={styles.results} aria-label={`Matching ${noun}`}>
          {search.data.length === 0 ? <li>No {noun} match.</li> : null}
          {search.data.map((candidate) => (
            <li key={candidate.id} className={styles.item}>
              <Checkbox
                label={candidate.displayName}
                checked={targets.some((t) => t.id === candidate.id)}
                onChange={() => {
                  toggleTarget(candidate);
                }}
              />
              <Caption1 className={styles.detail}>{candidate.detail}</Caption1>
            </li>
          ))}
        </ul>
      ) : null}
      {targets.length > 0 ? (
        <Field label={`Selected ${noun}`}>
          <TagGroup
            aria-label={`Selected ${noun}`}
            onDismiss={(_e, data) => {
              const t = targets.find((x) => x.id === data.value);
              if (t) toggleTarget(t);
            }}
          >
            {targets.map((t) => (
              <Tag
                key={t.id}
                value={t.id}
                dismissible
                dismissIcon={{ 'aria-label': `Remove ${t.displayName}` }}
              >
                {t.displayName}
              </Tag>
            ))}
          </TagGroup>
        </Field>
      ) : null}
    </>
  );
}
