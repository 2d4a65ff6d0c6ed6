/** The problems of a prices CSV or of the prices table, one line each, in the admin's words. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { MessageId } from '../../lib/i18n/messages';
import { useT } from '../../lib/i18n/use-t';
import type { PricesCsvError } from '../../lib/licensing/prices-csv';

export function PriceProblems({
  title,
  errors,
}: {
  readonly title: string;
  readonly errors: readonly PricesCsvError[];
}) {
  const t = useT();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul aria-label={title}>
          {errors.map((error, index) => {
            const problem = t(`prices.problem.${error.problem}` as MessageId, {
              value: error.value,
            });
            return (
              <li key={`${String(error.line)}-${String(index)}`}>
                {error.line === null ? problem : t('prices.line', { line: error.line, problem })}
              </li>
            );
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
