/**
 * "Connect to a tenant": the app registration's client id and the tenant, checked as typed, kept in
 * localStorage (`portal.mode`), then the page starts again in live mode and signs in with
 * Microsoft. Reached from the top bar's "Connect to a tenant" (`/connect`), signed in or not.
 */
import {
  Body1,
  Button,
  CardHeader,
  Field,
  Input,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useT } from '../../lib/i18n/use-t';
import {
  clientIdProblem,
  portalMode,
  storePortalMode,
  tenantProblem,
} from '../../lib/mode/portal-mode';
import { CardPage } from './card-page';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export function ConnectPage() {
  const styles = useStyles();
  const t = useT();
  const current = portalMode.kind === 'live' ? portalMode : null;
  const [clientId, setClientId] = useState(current?.clientId ?? '');
  const [tenant, setTenant] = useState(current?.tenant ?? '');
  const [touched, setTouched] = useState(false);
  const clientIdError = clientIdProblem(clientId);
  const tenantError = tenantProblem(tenant);
  const redirectUri = `${window.location.origin}/redirect.html`;

  const onSubmit = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    setTouched(true);
    if (clientIdError !== null || tenantError !== null) return;
    storePortalMode({ kind: 'live', clientId: clientId.trim(), tenant: tenant.trim() });
    window.location.assign('/');
  };

  return (
    <CardPage>
      <CardHeader
        header={<Subtitle1 as="h1">{t('live.connect.title')}</Subtitle1>}
        description={<Body1>{t('live.connect.intro')}</Body1>}
      />
      <Body1 className={styles.code}>{t('live.connect.redirectUri', { uri: redirectUri })}</Body1>
      <form className={styles.form} onSubmit={onSubmit} noValidate>
        <Field
          label={t('live.connect.clientId')}
          hint={t('live.connect.clientIdHint')}
          required
          validationMessage={
            touched && clientIdError !== null ? t(`live.connect.${clientIdError}`) : undefined
          }
        >
          <Input
            value={clientId}
            autoComplete="off"
            spellCheck={false}
            onChange={(_event, data) => {
              setClientId(data.value);
            }}
          />
        </Field>
        <Field
          label={t('live.connect.tenant')}
          hint={t('live.connect.tenantHint')}
          required
          validationMessage={
            touched && tenantError !== null ? t(`live.connect.${tenantError}`) : undefined
          }
        >
          <Input
            value={tenant}
            autoComplete="off"
            spellCheck={false}
            onChange={(_event, data) => {
              setTenant(data.value);
            }}
          />
        </Field>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary">
            {t('live.connect.submit')}
          </Button>
          <Button as="a" href="/">
            {t('live.connect.cancel')}
          </Button>
        </div>
      </form>
    </CardPage>
  );
}
