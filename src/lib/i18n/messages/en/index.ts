/**
 * The English catalog, the source: one file per area (`<area>.ts`, ids `area.thing`). It is part
 * of the entry; Dutch (`../nl`) is loaded on demand.
 */
import { common } from './common';
import { shell } from './shell';

export const en = { ...common, ...shell } as const;

/** Every message id. */
export type MessageId = keyof typeof en;
