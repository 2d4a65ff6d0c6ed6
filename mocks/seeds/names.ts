/** The seeds the emulator can start from. */
export type SeedName = 'default' | 'empty' | 'large';

/** Every seed name. */
export const SEED_NAMES: readonly SeedName[] = ['default', 'empty', 'large'];

/** Whether a string names a seed. */
export function isSeedName(value: string): value is SeedName {
  return (SEED_NAMES as readonly string[]).includes(value);
}
