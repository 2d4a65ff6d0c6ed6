/** De Nederlandse catalogus: per gebied een spiegel van de Engelse (`../en`), sleutel voor sleutel. */
import type { MessageId } from '../en';
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

export const nl: Readonly<Record<MessageId, string>> = {
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
};
