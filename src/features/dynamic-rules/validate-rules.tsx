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
    <section className={styles.root} aria-label={t('rules.validate.title')}>
      <Subtitle2 as="h3">{t('rules.validate.title')}</Subtitle2>
      <Body1>{t('rules.validate.choose', { max: MAX_VALIDATE_USERS })}</Body1>
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
      {full ? <Caption1>{t('rules.validate.full', { max: MAX_VALIDATE_USERS })}</Caption1> : null}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={picked.length === 0 || !ruleIsValid || evaluate.isPending}
          onClick={() => {
            evaluate.mutate(picked);
          }}
        >
          {t('rules.validate.run')}
        </Button>
      </div>
      {!ruleIsValid ? <Caption1>{t('rules.validate.fixFirst')}</Caption1> : null}
      {evaluate.error ? (
        <ErrorMessage error={evaluate.error} title={t('rules.validate.failed')} />
      ) : null}
      {evaluate.data ? (
        <ul className={styles.results} aria-label={t('rules.validate.results')}>
          {evaluate.data.map(({ user, evaluation }) => {
            const name = user.name;
            const member = evaluation.membershipRuleEvaluationResult;
            const outcome = t(member ? 'rules.validate.member' : 'rules.validate.notMember');
            return (
              <li
                key={user.id}
                className={styles.result}
                aria-label={t('rules.validate.outcome', { name, outcome })}
              >
                <div className={styles.head}>
                  <Body1>{name}</Body1>
                  <Badge appearance="filled" color={member ? 'success' : 'danger'}>
                    {outcome}
                  </Badge>
                </div>
                <ExpressionTree
                  details={evaluation.membershipRuleEvaluationDetails}
                  label={t('rules.validate.resultsFor', { name })}
                />
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
