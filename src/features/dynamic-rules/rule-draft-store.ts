/** Unsaved membership rule drafts, per group ('new' for the create dialog). */
import { create } from 'zustand';

interface RuleDraftState {
  /** Group id → draft rule text. Absent means "no edits: show the saved rule". */
  readonly drafts: Readonly<Record<string, string>>;
  setDraft: (key: string, text: string) => void;
  discard: (key: string) => void;
}

export const useRuleDraftStore = create<RuleDraftState>()((set) => ({
  drafts: {},
  setDraft: (key, text) => {
    set((state) => ({ drafts: { ...state.drafts, [key]: text } }));
  },
  discard: (key) => {
    set((state) => ({
      drafts: Object.fromEntries(Object.entries(state.drafts).filter(([k]) => k !== key)),
    }));
  },
}));

/** The draft for a group, or undefined when there is none. */
export const useRuleDraft = (key: string) => useRuleDraftStore((state) => state.drafts[key]);
