/**
 * The membership rule editor: a textarea over a mirror layer that underlines each problem, with
 * property and operator autocomplete, the problems listed below, and a character counter against
 * the 3,072-character limit. The suggestions are a listbox in the flow under the field (not
 * floating over it): inside a dialog nothing clips it, and it pushes the problems down instead of
 * covering them. An empty rule is a hint, not a red error.
 */
import { Caption1, Label, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, type ChangeEvent } from 'react';
import type { Completion, RuleDiagnostic } from '../../engine';
import { MAX_RULE_LENGTH } from '../../engine/rules/index';
import { useT, type Translate } from '../../lib/i18n/use-t';
import { isMessageIdIn } from '../../lib/i18n/messages';
import { rules } from '../../lib/i18n/messages/en/rules';
import { isEmptyRule } from './diagnostic-words';
import { RuleDiagnosticsList } from './rule-diagnostics-list';
import { RuleHighlight } from './rule-highlight';
import { useRuleCompletions } from './use-rule-completions';
import { useRuleDiagnostics } from './use-rule-diagnostics';

const shared = {
  margin: 0,
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  fontFamily: tokens.fontFamilyMonospace,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  whiteSpace: 'pre-wrap',
  overflowWrap: 'break-word',
  wordBreak: 'break-word',
  boxSizing: 'border-box',
  border: `${tokens.strokeWidthThin} solid transparent`,
} as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  field: {
    position: 'relative',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  mirror: {
    ...shared,
    position: 'absolute',
    inset: 0,
    overflow: 'hidden',
    color: 'transparent',
    pointerEvents: 'none',
  },
  textarea: {
    ...shared,
    position: 'relative',
    display: 'block',
    width: '100%',
    minHeight: '120px',
    resize: 'vertical',
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ':focus': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
      outlineOffset: '-1px',
    },
  },
  listbox: {
    margin: 0,
    marginTop: tokens.spacingVerticalXXS,
    minWidth: '320px',
    maxHeight: '240px',
    overflowY: 'auto',
    padding: tokens.spacingVerticalXXS,
    listStyleType: 'none',
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow16,
    borderRadius: tokens.borderRadiusMedium,
  },
  option: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusSmall,
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected },
  optionLabel: { fontFamily: tokens.fontFamilyMonospace },
  detail: { color: tokens.colorNeutralForeground3 },
  counter: { alignSelf: 'flex-end', color: tokens.colorNeutralForeground3 },
  near: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface RuleEditorProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly readOnly?: boolean;
}

/** A suggestion's kind in words ("text", "comparison"), or as the engine names it. */
function detailWords(t: Translate, detail: string): string {
  const id = `rules.detail.${detail}`;
  return isMessageIdIn(rules, id) ? t(id) : detail;
}

/**
 * Closing the suggestions moves up what is under them (they sit in the flow). When a press
 * elsewhere takes the focus (Cancel, Create), closing at once would move that button from under
 * the pointer before it is released, and the press would click nothing; so the list closes once
 * the press has clicked. Focus moved by the keyboard closes it at once.
 */
function useCloseAfterPress(close: () => void): () => void {
  const pressing = useRef(false);
  useEffect(() => {
    const down = () => {
      pressing.current = true;
    };
    const up = () => {
      pressing.current = false;
    };
    document.addEventListener('pointerdown', down, true);
    document.addEventListener('pointerup', up, true);
    document.addEventListener('pointercancel', up, true);
    return () => {
      document.removeEventListener('pointerdown', down, true);
      document.removeEventListener('pointerup', up, true);
      document.removeEventListener('pointercancel', up, true);
      window.removeEventListener('click', close);
    };
  }, [close]);
  return () => {
    if (pressing.current) window.addEventListener('click', close, { once: true });
    else close();
  };
}

/** The counter turns red from this many characters. */
const NEAR_LIMIT = Math.floor(MAX_RULE_LENGTH * 0.9);

export function RuleEditor({ label, value, onChange, readOnly = false }: RuleEditorProps) {
  const styles = useStyles();
  const t = useT();
  const id = useId();
  const diagnostics: readonly RuleDiagnostic[] = useRuleDiagnostics(value);
  const errors = isEmptyRule(diagnostics) ? [] : diagnostics;
  const complete = useRuleCompletions();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const mirror = useRef<HTMLDivElement>(null);
  const listboxId = `${id}-completions`;
  const problemsId = `${id}-problems`;
  const counterId = `${id}-counter`;

  const apply = (item: Completion) => {
    const next = complete.accept(value, item);
    onChange(next.text);
    complete.refresh(next.text, next.cursor);
    requestAnimationFrame(() => {
      textarea.current?.setSelectionRange(next.cursor, next.cursor);
    });
  };
  const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    onChange(event.target.value);
    complete.refresh(event.target.value, event.target.selectionStart);
  };
  const syncScroll = () => {
    if (mirror.current && textarea.current) mirror.current.scrollTop = textarea.current.scrollTop;
  };
  const activeId = complete.open ? `${listboxId}-${String(complete.active)}` : undefined;
  const closeOnBlur = useCloseAfterPress(complete.close);

  return (
    <div className={styles.root}>
      <Label htmlFor={id} weight="semibold">
        {label}
      </Label>
      <div className={styles.field}>
        <RuleHighlight ref={mirror} text={value} diagnostics={errors} className={styles.mirror} />
        <textarea
          ref={textarea}
          id={id}
          className={styles.textarea}
          value={value}
          readOnly={readOnly}
          spellCheck={false}
          autoComplete="off"
          aria-autocomplete="list"
          aria-controls={complete.open ? listboxId : undefined}
          aria-activedescendant={activeId}
          aria-invalid={errors.length > 0}
          aria-describedby={`${problemsId} ${counterId}`}
          onChange={handleChange}
          onScroll={syncScroll}
          onBlur={closeOnBlur}
          onKeyDown={(event) => {
            const chosen = complete.onKeyDown(event);
            if (chosen) apply(chosen);
          }}
        />
      </div>
      {complete.open ? (
        <ul
          id={listboxId}
          role="listbox"
          aria-label={t('rules.editor.suggestions')}
          className={styles.listbox}
        >
          {complete.items.map((item, i) => (
            <li
              key={`${item.kind}-${item.label}`}
              id={`${listboxId}-${String(i)}`}
              role="option"
              aria-selected={i === complete.active}
              title={item.description}
              className={mergeClasses(styles.option, i === complete.active && styles.active)}
              onMouseDown={(event) => {
                event.preventDefault();
                apply(item);
              }}
              onMouseEnter={() => {
                complete.setActive(i);
              }}
            >
              <span className={styles.optionLabel}>{item.label}</span>
              <Caption1 className={styles.detail}>{detailWords(t, item.detail)}</Caption1>
            </li>
          ))}
        </ul>
      ) : null}
      <Caption1
        id={counterId}
        className={mergeClasses(styles.counter, value.length >= NEAR_LIMIT && styles.near)}
        aria-label={t('rules.editor.counterLabel', { length: value.length, max: MAX_RULE_LENGTH })}
      >
        {t('rules.editor.counter', { length: value.length, max: MAX_RULE_LENGTH })}
      </Caption1>
      <RuleDiagnosticsList id={problemsId} diagnostics={diagnostics} />
    </div>
  );
}
