/**
 * Autocomplete state of the rule editor: the engine's `completions(text, cursor)` from the property
 * and operator tables, an active option, and accepting one (replacing the partial word). Accepting
 * adds the space the next word needs; a space typed right after it is absorbed, so Tab then Space
 * (the admin's habit) leaves one space, not two.
 */
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { completions, type Completion } from '../../engine';

interface CompletionState {
  readonly items: readonly Completion[];
  readonly active: number;
}

const CLOSED: CompletionState = { items: [], active: 0 };
const MAX_ITEMS = 50;

export interface RuleCompletions {
  readonly items: readonly Completion[];
  readonly active: number;
  readonly open: boolean;
  /** Recomputes the suggestions at the caret (after typing). */
  refresh: (text: string, cursor: number) => void;
  close: () => void;
  setActive: (index: number) => void;
  /** Applies a completion; returns the new text and caret. */
  accept: (text: string, item: Completion) => { text: string; cursor: number };
  /** Arrow keys, Enter/Tab, Escape, Ctrl+Space; returns the completion to accept, if any. */
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => Completion | null;
}

export function useRuleCompletions(): RuleCompletions {
  const [state, setState] = useState<CompletionState>(CLOSED);
  /** The caret just after a space that accepting a suggestion added, until the next key. */
  const addedSpaceAt = useRef<number | null>(null);
  const refresh = useCallback((text: string, cursor: number) => {
    const items = completions(text, cursor).slice(0, MAX_ITEMS);
    setState(items.length > 0 ? { items, active: 0 } : CLOSED);
  }, []);
  const close = useCallback(() => {
    setState(CLOSED);
  }, []);
  const accept = useCallback((text: string, item: Completion) => {
    const after = text.slice(item.replace.end);
    const spacer = item.kind === 'value' || after.startsWith(' ') ? '' : ' ';
    const inserted = `${item.insertText}${spacer}`;
    setState(CLOSED);
    addedSpaceAt.current = spacer === '' ? null : item.replace.start + inserted.length;
    return {
      text: `${text.slice(0, item.replace.start)}${inserted}${after}`,
      cursor: item.replace.start + inserted.length,
    };
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): Completion | null => {
    const spaceAt = addedSpaceAt.current;
    addedSpaceAt.current = null;
    const caret = event.currentTarget.selectionStart;
    if (
      event.key === ' ' &&
      !event.ctrlKey &&
      spaceAt === caret &&
      caret === event.currentTarget.selectionEnd
    ) {
      event.preventDefault();
      return null;
    }
    if (event.key === ' ' && event.ctrlKey) {
      event.preventDefault();
      refresh(event.currentTarget.value, event.currentTarget.selectionStart);
      return null;
    }
    if (state.items.length === 0) return null;
    const count = state.items.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setState({ ...state, active: (state.active + 1) % count });
        return null;
      case 'ArrowUp':
        event.preventDefault();
        setState({ ...state, active: (state.active - 1 + count) % count });
        return null;
      case 'Enter':
      case 'Tab':
        event.preventDefault();
        return state.items[state.active] ?? null;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        setState(CLOSED);
        return null;
      default:
        return null;
    }
  };
  return {
    items: state.items,
    active: state.active,
    open: state.items.length > 0,
    refresh,
    close,
    accept,
    onKeyDown,
    setActive: (active) => {
      setState((s) => ({ ...s, active }));
    },
  };
}
