/**
 * The "Dynamic membership rules" tab of a group: the rule editor on a draft, Validate rules,
 * the impact preview of the draft, Save (confirmed when anyone loses a licence), Discard, and
 * Pause processing / Resume processing.
 */
import {
  Badge,
  Body1,
  Divider,
  makeStyles,
  Toolbar,
  ToolbarButton,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowUndoRegular,
  DataUsageRegular,
  PauseRegular,
  PlayRegular,
  SaveRegular,
} from '@fluentui/react-icons';
import { useState } from 'react';
import { usePreviewMembershipRule, usePreviewsAvailable } from '../../api/previews';
import { CopyPreview } from '../../hooks/tenant-copy/copy-preview';
import type { Group, GroupId } from '../../api/types';
import { useUpdateMembershipRule } from '../../api/writes';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { useNotify } from '../../components/toasts';
import { useT } from '../../lib/i18n/use-t';
import { RequirePermission } from '../../lib/session/require-permission';
import { RuleEditor } from './rule-editor';
import { RuleImpactPreview } from '../../hooks/rule-impact-preview';
import { useRuleDraft, useRuleDraftStore } from './rule-draft-store';
import { useRuleDiagnostics } from './use-rule-diagnostics';
import { useSaveRuleFlow } from './use-save-rule-flow';
import { ValidateRules } from './validate-rules';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '1100px',
  },
  status: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  toolbar: { paddingLeft: 0 },
});

export interface DynamicRulePanelProps {
  readonly group: Group;
}

export function DynamicRulePanel({ group }: DynamicRulePanelProps) {
  const t = useT();
  if (!group.isDynamic || group.membershipRule === null) {
    return (
      <EmptyState
        title={t('rules.panel.assignedTitle')}
        description={t('rules.panel.assignedBody')}
      />
    );
  }
  return (
    <RulePanelBody
      groupId={group.id}
      groupName={group.displayName}
      savedRule={group.membershipRule}
      paused={group.membershipRuleProcessingState === 'Paused'}
    />
  );
}

interface BodyProps {
  readonly groupId: GroupId;
  readonly groupName: string;
  readonly savedRule: string;
  readonly paused: boolean;
}

function RulePanelBody({ groupId, groupName, savedRule, paused }: BodyProps) {
  const styles = useStyles();
  const notify = useNotify();
  const t = useT();
  const draft = useRuleDraft(groupId);
  const setDraft = useRuleDraftStore((s) => s.setDraft);
  const discard = useRuleDraftStore((s) => s.discard);
  const rule = draft ?? savedRule;
  const dirty = rule !== savedRule;
  const diagnostics = useRuleDiagnostics(rule);
  const valid = diagnostics.length === 0;
  // The rule whose impact the admin asked to see: a query on the copy in live mode, so a refresh
  // of the copy shows it again on the fresh one.
  const [asked, setAsked] = useState<string | null>(null);
  const preview = usePreviewMembershipRule(groupId, asked);
  // A save held for a refresh of an old copy shows the rule's preview, to be read on the new copy.
  const flow = useSaveRuleFlow(groupId, groupName, setAsked);
  const previewsAvailable = usePreviewsAvailable();
  const processing = useUpdateMembershipRule();
  const previewFresh = preview.data !== undefined && asked === rule;

  const toggleProcessing = () => {
    const next = paused ? 'On' : 'Paused';
    processing.mutate(
      { groupId, change: { membershipRuleProcessingState: next } },
      {
        onSuccess: () => {
          notify.success(
            t(paused ? 'rules.panel.resumed' : 'rules.panel.pausedToast'),
            t(paused ? 'rules.panel.resumedBody' : 'rules.panel.pausedBody', { group: groupName }),
          );
        },
        onError: (error) => {
          notify.error(t(paused ? 'rules.panel.resumeFailed' : 'rules.panel.pauseFailed'), error);
        },
      },
    );
  };

  return (
    <div className={styles.root}>
      <Toolbar aria-label={t('rules.panel.commands')} className={styles.toolbar}>
        <RequirePermission action="group.rule">
          <ToolbarButton
            icon={<SaveRegular />}
            disabled={!dirty || !valid || flow.busy}
            onClick={() => void flow.save(rule)}
          >
            {t('rules.panel.save')}
          </ToolbarButton>
        </RequirePermission>
        <ToolbarButton
          icon={<ArrowUndoRegular />}
          disabled={!dirty}
          onClick={() => {
            discard(groupId);
            setAsked(null);
          }}
        >
          {t('rules.panel.discard')}
        </ToolbarButton>
        {previewsAvailable ? (
          <ToolbarButton
            icon={<DataUsageRegular />}
            disabled={!dirty || !valid || preview.isFetching}
            onClick={() => {
              if (asked === rule) void preview.refetch();
              else setAsked(rule);
            }}
          >
            {t('rules.panel.preview')}
          </ToolbarButton>
        ) : null}
        <RequirePermission action="group.rule">
          <ToolbarButton
            icon={paused ? <PlayRegular /> : <PauseRegular />}
            disabled={processing.isPending}
            onClick={toggleProcessing}
          >
            {t(paused ? 'rules.panel.resume' : 'rules.panel.pause')}
          </ToolbarButton>
        </RequirePermission>
      </Toolbar>
      <div className={styles.status}>
        <Body1>{t('rules.panel.processing')}</Body1>
        <Badge appearance="tint" color={paused ? 'warning' : 'success'}>
          {t(paused ? 'rules.panel.paused' : 'rules.panel.on')}
        </Badge>
        {dirty ? (
          <Badge appearance="outline" color="informative">
            {t('rules.panel.unsaved')}
          </Badge>
        ) : null}
      </div>
      <RuleEditor
        label={t('rules.panel.syntax')}
        value={rule}
        onChange={(text) => {
          setDraft(groupId, text);
        }}
      />
      {preview.error && asked === rule ? (
        <ErrorMessage error={preview.error} title={t('rules.panel.previewFailed')} />
      ) : null}
      {/* One line of the copy's age for the tab, beside the impact preview and Validate rules. */}
      <CopyPreview>
        {previewFresh ? <RuleImpactPreview preview={preview.data} /> : null}
        <Divider />
        <ValidateRules groupId={groupId} rule={rule} ruleIsValid={valid} />
      </CopyPreview>
      <ConfirmDialog
        open={flow.confirmLosing !== null}
        title={t('rules.panel.confirmTitle')}
        confirmLabel={t('rules.panel.save')}
        busy={flow.busy}
        onConfirm={flow.confirm}
        onCancel={flow.cancel}
      >
        {t('rules.panel.losing', { count: flow.confirmLosing ?? 0, group: groupName })}
      </ConfirmDialog>
      {flow.freshDialog}
    </div>
  );
}
