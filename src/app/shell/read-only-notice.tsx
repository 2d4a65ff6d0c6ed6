/**
 * For an admin whose roles change nothing (Global Reader, Reports Reader): one page-level notice
 * that the portal is read-only for them, shown once per account and browser session, instead of
 * only disabled controls with hover text.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useT } from '../../lib/i18n/use-t';

const seenKey = (userPrincipalName: string) =>
  `portal.readOnlyNoticeSeen.${userPrincipalName.toLowerCase()}`;

export function ReadOnlyNotice({
  userPrincipalName,
  roles,
}: {
  readonly userPrincipalName: string;
  readonly roles: readonly string[];
}) {
  const t = useT();
  const [dismissed, setDismissed] = useState(
    () => sessionStorage.getItem(seenKey(userPrincipalName)) !== null,
  );
  if (dismissed) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('shell.readOnly.title')}</MessageBarTitle>
        {t('shell.readOnly.body', { roles: roles.join(', ') || t('shell.account.noRole') })}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={t('shell.readOnly.dismiss')}
            icon={<DismissRegular />}
            onClick={() => {
              sessionStorage.setItem(seenKey(userPrincipalName), '1');
              setDismissed(true);
            }}
          />
        }
      />
    </MessageBar>
  );
}
