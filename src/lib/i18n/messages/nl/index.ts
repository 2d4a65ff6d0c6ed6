/** De Nederlandse catalogus: per gebied een spiegel van de Engelse (`../en`), sleutel voor sleutel. */
import type { MessageId } from '../en';
import { common } from './common';
import { shell } from './shell';

export const nl: Readonly<Record<MessageId, string>> = { ...common, ...shell };
