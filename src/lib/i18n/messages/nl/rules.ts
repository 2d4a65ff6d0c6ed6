/** De blades voor dynamische lidmaatschapsregels. */
import type { rules as en } from '../en/rules';

export const rules: Record<keyof typeof en, string> = {
  'rules.validate.picked': 'Te valideren gebruikers',
};
