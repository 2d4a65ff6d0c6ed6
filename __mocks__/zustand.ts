/**
 * Zustand in tests (`vi.mock('zustand')` in `src/test/setup.ts`): every store created through it
 * remembers its initial state and is put back after each test, so no test leaks a draft, a
 * session or a theme into the next one. After zustand's own testing guide.
 */
import { afterEach, vi } from 'vitest';
import type * as Zustand from 'zustand';

const { create: realCreate, createStore: realCreateStore } =
  await vi.importActual<typeof Zustand>('zustand');

const resets = new Set<() => void>();

function remember<S>(store: { getInitialState: () => S; setState: (s: S, replace: true) => void }) {
  const initial = store.getInitialState();
  resets.add(() => {
    store.setState(initial, true);
  });
}

const createUncurried = <S>(creator: Zustand.StateCreator<S>) => {
  const store = realCreate(creator);
  remember(store);
  return store;
};

export const create = (<S>(creator?: Zustand.StateCreator<S>) =>
  typeof creator === 'function'
    ? createUncurried(creator)
    : createUncurried) as typeof Zustand.create;

const createStoreUncurried = <S>(creator: Zustand.StateCreator<S>) => {
  const store = realCreateStore(creator);
  remember(store);
  return store;
};

export const createStore = (<S>(creator?: Zustand.StateCreator<S>) =>
  typeof creator === 'function'
    ? createStoreUncurried(creator)
    : createStoreUncurried) as typeof Zustand.createStore;

export * from 'zustand';

afterEach(() => {
  for (const reset of resets) reset();
});
