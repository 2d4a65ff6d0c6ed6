/**
 * "Validate rules": pick up to 20 users, evaluate the draft rule for each, and show member / not
 * member with the result of every sub-expression.
 */
import {
  Badge,
  Button,
  Combobox,
  Field,
  makeStyles,
  Option,
  Subtitle2,
  Tag,
  TagGroup,
  tokens,
  Body1,
  Caption1,
} from '@fluentui/react-components';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { ExpressionTree } from './expression-tree';
import {
  evaluateDynamicMembership,
  type MembershipEvaluation,
} from './use-evaluate-dynamic-membership';
import { useUserSearch, type UserChoice } from './use-user-search';

export const MAX_VALIDATE_USERS = 20;

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
  readonly user: UserChoice;
  readonly evaluation: MembershipEvaluation;
}

export function ValidateRules({
  groupId,
  rule,
  ruleIsValid,
}: {
  groupId: string;
  rule: string;
  ruleIsValid: boolean;
}) {
  const styles = useStyles();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<readonly UserChoice[]>([]);
  const found = useUserSearch(search);
  const evaluate = useMutation({
    mutationFn: (users: readonly UserChoice[]) =>
      Promise.all(
        users.map(async (user): Promise<Outcome> => ({
          user,
          evaluation: await evaluateDynamicMembership(groupId, user.id, rule),
        })),
      ),
  });
  const full = picked.length >= MAX_VALIDATE_USERS;
  const choose = (id: string | undefined) => {
    const user = found.data?.find((u) => u.id === id);
    if (user && !full && !picked.some((p) => p.id === user.id)) setPicked([...picked, user]);
    setSearch('');
  };

  return (
    <section className={styles.root} aria-label="Validate rules">
      <Subtitle2 as="h3">Validate rules</Subtitle2>
      <Body1>
        Choose up to {MAX_VALIDATE_USERS} users to check whether the rule makes them members, and
        why.
      </Body1>
      <div className={styles.row}>
        <Field
          label="Add users"
          hint={
            full
              ? `You can validate up to ${String(MAX_VALIDATE_USERS)} users at a time.`
              : undefined
          }
        >
          <Combobox
            freeform
            disabled={full}
            placeholder="Search by name"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
            }}
            onOptionSelect={(_event, data) => {
              choose(data.optionValue);
            }}
          >
            {(found.data ?? []).map((u) => (
              <Option key={u.id} value={u.id} text={u.displayName ?? u.userPrincipalName}>
                {u.displayName ?? u.userPrincipalName} ({u.userPrincipalName})
              </Option>
            ))}
          </Combobox>
        </Field>
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
      {picked.length > 0 ? (
        <TagGroup
          aria-label="Users to validate"
          onDismiss={(_event, data) => {
            setPicked(picked.filter((p) => p.id !== data.value));
          }}
        >
          {picked.map((u) => (
            <Tag
              key={u.id}
              value={u.id}
              dismissible
              dismissIcon={{ 'aria-label': `Remove ${u.displayName ?? u.userPrincipalName}` }}
            >
              {u.displayName ?? u.userPrincipalName}
            </Tag>
          ))}
        </TagGroup>
      ) : null}
      {!ruleIsValid ? <Caption1>Fix the rule's problems to validate it.</Caption1> : null}
      {evaluate.error ? (
        <ErrorMessage error={evaluate.error} title="Could not validate the rule" />
      ) : null}
      {evaluate.data ? (
        <ul className={styles.results} aria-label="Validation results">
          {evaluate.data.map(({ user, evaluation }) => {
            const name = user.displayName ?? user.userPrincipalName;
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
