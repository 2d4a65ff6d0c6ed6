/**
 * Which tenant the portal acts on, always in the top bar: "Sandbox: Contoso (emulator)" or the real
 * tenant's name from `/organization`, and the one click to the other side: "Connect to a tenant"
 * (the Connect page) or "Back to the sandbox".
 */
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowExitRegular,
  BeakerRegular,
  BuildingRegular,
  PlugConnectedRegular,
} from '@fluentui/react-icons';
import { useOrganizationName } from '../../api/session';
import { LazyTooltip } from '../../components/lazy-tooltip';
import { useT } from '../../lib/i18n/use-t';
import { portalMode, storePortalMode } from '../../lib/mode/portal-mode';
import { TopBarCommand } from './top-bar-command';

const useStyles = makeStyles({
  label: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  badge: { whiteSpace: 'nowrap' },
});

/** Leaves live mode: the stored choice becomes the sandbox and the page starts again at `/`. */
export function backToSandbox(): void {
  storePortalMode({ kind: 'emulator' });
  window.location.assign('/');
}

export function ModeLabel() {
  const styles = useStyles();
  const t = useT();
  const organization = useOrganizationName();
  const name = organization.data ?? null;
  const live = portalMode.kind === 'live';
  const text = live
    ? (name ?? t('live.mode.tenantLoading'))
    : name !== null
      ? t('live.mode.sandbox', { name })
      : t('live.mode.sandboxLoading');
  return (
    <span className={styles.label}>
      {/* Its hover text describes; the badge names itself: the tooltip may come after the first paint. */}
      <LazyTooltip content={live ? t('live.mode.tenantHint') : t('live.mode.sandboxHint')}>
        <Badge
          appearance={live ? 'filled' : 'tint'}
          color={live ? 'danger' : 'informative'}
          size="large"
          icon={live ? <BuildingRegular /> : <BeakerRegular />}
          className={styles.badge}
          data-testid="portal-mode"
          tabIndex={0}
        >
          {text}
        </Badge>
      </LazyTooltip>
      {live ? (
        <TopBarCommand
          label={t('live.mode.backToSandbox')}
          icon={<ArrowExitRegular />}
          onClick={backToSandbox}
        />
      ) : (
        <TopBarCommand
          href="/connect"
          label={t('live.mode.connect')}
          icon={<PlugConnectedRegular />}
        />
      )}
    </span>
  );
}
