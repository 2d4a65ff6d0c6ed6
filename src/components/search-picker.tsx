/**
 * Search and pick: a search box, the matching candidates with checkboxes, and the picked ones as
 * dismissible tags. Data and words come from the caller (users, groups, products…).
 */
import {
  Caption1,
  Checkbox,
  Field,
  SearchBox,
  Spinner,
  Tag,
  TagGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ErrorMessage } from './error-message';

export interface Candidate {
  readonly id: string;
  /** The checkbox's label (its accessible name). */
  readonly label: string;
  /** The short name a tag shows. */
  readonly name: string;
  /** A second line: "usage location US", "Security group". */
  readonly detail?: string;
  /** Shown but not pickable ("already a member"). */
  readonly disabled?: boolean;
}

export interface SearchPickerWords {
  /** The search box's name: "Search users". */
  readonly search: string;
  readonly placeholder: string;
  /** The results list's name: "Matching users". */
  readonly results: string;
  readonly noMatch: string;
  readonly searching: string;
  readonly searchFailed: string;
  /** The picked tags' name: "Selected users". */
  readonly picked: string;
  readonly remove: (name: string) => string;
}

export interface SearchPickerProps {
  readonly words: SearchPickerWords;
  readonly term: string;
  readonly onTermChange: (term: string) => void;
  readonly candidates: readonly Candidate[] | undefined;
  readonly searching: boolean;
  readonly error: unknown;
  readonly picked: readonly Candidate[];
  readonly onToggle: (candidate: Candidate, picked: boolean) => void;
  /** No more may be picked: unpicked candidates are disabled. */
  readonly full?: boolean;
}

const useStyles = makeStyles({
  results: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    maxHeight: '240px',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  item: { padding: `${tokens.spacingVerticalXXS} 0` },
  detail: {
    color: tokens.colorNeutralForeground3,
    display: 'block',
    marginInlineStart: '32px',
    marginTop: `-${tokens.spacingVerticalXS}`,
  },
  empty: { padding: tokens.spacingVerticalS },
});

export function SearchPicker({
  words,
  term,
  onTermChange,
  candidates,
  searching,
  error,
  picked,
  onToggle,
  full = false,
}: SearchPickerProps) {
  const styles = useStyles();
  const isPicked = (id: string) => picked.some((p) => p.id === id);
  return (
    <>
      <SearchBox
        aria-label={words.search}
        placeholder={words.placeholder}
        value={term}
        onChange={(_event, data) => {
          onTermChange(data.value);
        }}
      />
      {error ? <ErrorMessage title={words.searchFailed} error={error} /> : null}
      {searching && candidates === undefined ? (
        <Spinner size="tiny" label={words.searching} />
      ) : null}
      {candidates ? (
        <ul className={styles.results} aria-label={words.results} aria-busy={searching}>
          {candidates.length === 0 ? <li className={styles.empty}>{words.noMatch}</li> : null}
          {candidates.map((candidate) => {
            const checked = isPicked(candidate.id);
            return (
              <li key={candidate.id} className={styles.item}>
                <Checkbox
                  label={candidate.label}
                  checked={checked}
                  disabled={candidate.disabled === true || (full && !checked)}
                  onChange={(_event, data) => {
                    onToggle(candidate, data.checked === true);
                  }}
                />
                {candidate.detail ? (
                  <Caption1 className={styles.detail}>{candidate.detail}</Caption1>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {picked.length > 0 ? (
        <Field label={words.picked}>
          <TagGroup
            aria-label={words.picked}
            onDismiss={(_event, data) => {
              const candidate = picked.find((p) => p.id === data.value);
              if (candidate) onToggle(candidate, false);
            }}
          >
            {picked.map((p) => (
              <Tag
                key={p.id}
                value={p.id}
                dismissible
                dismissIcon={{ 'aria-label': words.remove(p.name) }}
              >
                {p.name}
              </Tag>
            ))}
          </TagGroup>
        </Field>
      ) : null}
    </>
  );
}
