/**
 * The English catalog, the source: one file per area (`<area>.ts`, ids `area.thing`). It is part
 * of the entry; Dutch (`../nl`) is loaded on demand.
 */
import { audit } from './audit';
import { cost } from './cost';
import { common } from './common';
import { licensing } from './licensing';
import { groups } from './groups';
import { users } from './users';
import { products } from './products';
import { rules } from './rules';
import { live } from './live';
import { tenant } from './tenant';
import { overview } from './overview';
import { shell } from './shell';

export const en = {
  ...common,
  ...licensing,
  ...groups,
  ...users,
  ...products,
  ...overview,
  ...rules,
  ...audit,
  ...cost,
  ...shell,
  ...live,
  ...tenant,
} as const;

/** Every message id. */
export type MessageId = keyof typeof en;
