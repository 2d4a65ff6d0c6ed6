/** Several failures under one title: "Could not assign the license" — each item with the server's words. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { isGraphError } from '../lib/graph/graph-error';
import { useT } from '../lib/i18n/use-t';

export interface ErrorListProps {
  readonly title: string;
  readonly items: readonly {
    readonly key: string;
    readonly name: string;
    readonly error: unknown;
  }[];
}

const messageOf = (error: unknown): string =>
  isGraphError(error) || error instanceof Error ? error.message : String(error);

export function ErrorList({ title, items }: ErrorListProps) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul>
          {items.map((item) => (
            <li key={item.key}>
              {t('common.itemError', { name: item.name, message: messageOf(item.error) })}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
