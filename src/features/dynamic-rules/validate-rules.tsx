/**
 * "Validate rules": pick up to 20 users, evaluate the draft rule for each, and show member / not
 * member with the result of every sub-expression.
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { evaluateDynamicMembership, type MembershipEvaluation } from '../../api/previews';
import type { GroupId } from '../../api/types';
import { ErrorMessage } from '../../components/error-message';
import { SearchPicker, type Candidate } from '../../components/search-picker';
import { useDirectoryPicker } from '../../hooks/use-directory-picker';
import { pickerWords } from '../../lib/licensing/directory-candidates';
import { ExpressionTree } from './expression-tree';
import { useT } from '../../lib/i18n/use-t';

export const MAX_VALIDATE_USERS = 20;

/** The users picker of Validate rules: the picked users are the ones to validate. */
const chooseNote = `Choose up to ${String(MAX_VALIDATE_USERS)} users to check whether the rule makes them members, and why.`;
const fullNote = `You can validate up to ${String(MAX_VALIDATE_USERS)} users at a time.`;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-end',
    flexWrap: 'wrap',
  },
  results: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  result: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

interface Outcome {
  readonly user: Candidate;
  readonly evaluation: MembershipEvaluation;
}

export function ValidateRules({
  groupId,
  rule,
  ruleIsValid,
}: {
  groupId: GroupId;
  rule: string;
  ruleIsValid: boolean;
}) {
  const styles = useStyles();
  const t = useT();
  const picker = useDirectoryPicker('user');
  const [picked, setPicked] = useState<readonly Candidate[]>([]);
  const evaluate = useMutation({
    mutationFn: (users: readonly Candidate[]) =>
      Promise.all(
        users.map(async (user): Promise<Outcome> => ({
          user,
          evaluation: await evaluateDynamicMembership(groupId, user.id, rule),
        })),
      ),
  });
  const full = picked.length >= MAX_VALIDATE_USERS;
  return (
    <section className={styles.root} aria-label="Validate rules">
      <Subtitle2 as="h3">Validate rules</Subtitle2>
      <Body1>{chooseNote}</Body1>
      <SearchPicker
        words={{ ...pickerWords(t, 'user'), picked: t('rules.validate.picked') }}
        {...picker}
        picked={picked}
        full={full}
        onToggle={(candidate, on) => {
          setPicked((prev) =>
            on ? [...prev, candidate] : prev.filter((p) => p.id !== candidate.id),
          );
        }}
      />
      {full ? <Caption1>{fullNote}</Caption1> : null}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={picked.length === 0 || !ruleIsValid || evaluate.isPending}
          onClick={() => {
            evaluate.mutate(picked);
          }}
        >
          Validate
        </Button>
      </div>
      {!ruleIsValid ? <Caption1>Fix the rule's problems to validate it.</Caption1> : null}
      {evaluate.error ? (
        <ErrorMessage error={evaluate.error} title="Could not validate the rule" />
      ) : null}
      {evaluate.data ? (
        <ul className={styles.results} aria-label="Validation results">
          {evaluate.data.map(({ user, evaluation }) => {
            const name = user.name;
            const member = evaluation.membershipRuleEvaluationResult;
            return (
              <li
                key={user.id}
                className={styles.result}
                aria-label={`${name}: ${member ? 'Member' : 'Not a member'}`}
              >
                <div className={styles.head}>
                  <Body1>{name}</Body1>
                  <Badge appearance="filled" color={member ? 'success' : 'danger'}>
                    {member ? 'Member' : 'Not a member'}
                  </Badge>
                </div>
                <ExpressionTree
                  details={evaluation.membershipRuleEvaluationDetails}
                  label={`Rule results for ${name}`}
                />
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
